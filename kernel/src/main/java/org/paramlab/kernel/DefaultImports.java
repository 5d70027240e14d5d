package org.paramlab.kernel;

import org.paramlab.repro.Scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The imports every cell starts with, so notebooks need no preamble: every {@code org.paramlab}
 * package of the library (found by scanning it, so new packages are imported without a change
 * here), DJL's NDArray API, Tablesaw's API, XChart, common JDK packages, and the kernel's cell
 * functions ({@code display}, {@code updateDisplay}).
 */
final class DefaultImports {
    private static final List<String> FIXED =
            List.of(
                    "java.util.*",
                    "java.util.function.*",
                    "java.util.stream.*",
                    "java.io.*",
                    "java.nio.file.*",
                    "java.math.*",
                    "ai.djl.Device",
                    "ai.djl.engine.Engine",
                    "ai.djl.ndarray.*",
                    "ai.djl.ndarray.types.*",
                    "ai.djl.ndarray.index.NDIndex",
                    "tech.tablesaw.api.*",
                    "org.knowm.xchart.*");

    private DefaultImports() {}

    /** The JShell source of the import statements. */
    static String script() {
        StringBuilder s = new StringBuilder();
        for (String p : FIXED) {
            s.append("import ").append(p).append(";\n");
        }
        for (String p : libraryPackages()) {
            s.append("import ").append(p).append(".*;\n");
        }
        s.append("import static org.paramlab.kernel.CellFunctions.*;\n");
        return s.toString();
    }

    /** The imports that do not come from the library: JDK, DJL, Tablesaw and XChart. */
    static List<String> fixedImports() {
        return FIXED;
    }

    /** Every package of the library jar (or classes folder) under {@code org.paramlab}. */
    static List<String> libraryPackages() {
        Path location;
        try {
            location =
                    Path.of(
                            Scale.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the ParamLab library", e);
        }
        TreeSet<String> packages = new TreeSet<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(location::relativize)
                            .map(Path::toString)
                            .map(p -> p.replace('\\', '/'))
                            .forEach(p -> addPackageOf(p, packages));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().forEach(e -> addPackageOf(e.getName(), packages));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ParamLab library at " + location, e);
        }
        return new ArrayList<>(packages);
    }

    private static void addPackageOf(String entry, TreeSet<String> packages) {
        if (entry.startsWith("org/paramlab/")
                && entry.endsWith(".class")
                && !entry.contains("$")
                && !entry.endsWith("package-info.class")) {
            packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
        }
    }
}
