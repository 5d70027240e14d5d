package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class DataSourceTest {

    @Test
    void launcherInstallsExactlyTheSourcesTheLoadersName() throws IOException {
        Path launcher = DataPaths.current().repositoryData().getParent().resolve("paramlab");
        String script = Files.readString(launcher);
        Matcher m = Pattern.compile("(?m)^DATA_SOURCES=\\(([^)]*)\\)").matcher(script);
        assertTrue(m.find(), "the launcher defines DATA_SOURCES");
        List<String> launcherNames = Arrays.asList(m.group(1).trim().split("\\s+"));
        List<String> javaNames =
                Arrays.stream(DataSource.values()).map(DataSource::installName).toList();
        assertEquals(javaNames, launcherNames);
    }

    @Test
    void installNamesMapBackAndUnknownNamesListTheKnownOnes() {
        for (DataSource s : DataSource.values()) {
            assertEquals(s, DataSource.byInstallName(s.installName()));
            assertEquals("./paramlab data " + s.installName(), s.installCommand());
        }
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> DataSource.byInstallName("cifar"));
        assertTrue(
                e.getMessage()
                        .startsWith(
                                "No data source is called 'cifar'; known: fashion-mnist, mnist"));
    }

    @Test
    void systemPathsResolveUnderTheRootAndCacheUnderTheCache(@TempDir Path root) {
        DataPaths p = DataPaths.under(root);
        assertEquals(
                root.resolve("usr/share/games/fortunes"), p.system("/usr/share/games/fortunes"));
        assertEquals(root.resolve("cache/kjv/kjv.txt"), p.cached("kjv/kjv.txt"));
        assertEquals(root.resolve("data/lung.csv"), p.shipped("lung.csv"));
    }

    @Test
    void currentPathsUseTheSystemRootAndFindTheRepository() {
        DataPaths p = DataPaths.current();
        assertEquals(Path.of("/usr/share/datasets"), p.system("/usr/share/datasets"));
        assertTrue(Files.isRegularFile(p.shipped("README.md")), p.repositoryData().toString());
        String configured = System.getenv(DataPaths.DATA_DIR_VARIABLE);
        Path expected =
                configured != null && !configured.isBlank()
                        ? Path.of(configured)
                        : Path.of(System.getProperty("user.home"), ".paramlab", "data");
        assertEquals(expected, p.cache());
    }

    @Test
    void messagesSayWhatWasExpectedWhatWasFoundAndTheFix() {
        DataSourceException e =
                DataSourceException.damaged(
                        DataSource.KJV, Path.of("/c/kjv.txt"), "31102 verses", "12 verses", null);
        assertEquals(
                "The King James Bible is damaged at /c/kjv.txt: expected 31102 verses, found 12"
                        + " verses. Reinstall it with ./paramlab data --reinstall kjv.",
                e.getMessage());
        assertEquals(
                "Fashion-MNIST is not installed: expected an IDX file at /x, found nothing there."
                        + " Run ./paramlab data fashion-mnist.",
                DataSourceException.missing(DataSource.FASHION_MNIST, Path.of("/x"), "an IDX file")
                        .getMessage());
    }
}
