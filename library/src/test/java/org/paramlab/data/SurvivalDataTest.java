package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class SurvivalDataTest {

    @Test
    void lungHasItsRowsColumnsAndMissingValues() {
        Table lung = new SurvivalData().lung();
        assertEquals(228, lung.rowCount());
        assertEquals(
                List.of(
                        "inst",
                        "time",
                        "status",
                        "age",
                        "sex",
                        "ph.ecog",
                        "ph.karno",
                        "pat.karno",
                        "meal.cal",
                        "wt.loss"),
                lung.columnNames());
        assertEquals(47, lung.column("meal.cal").countMissing());
        assertEquals(165, lung.where(lung.numberColumn("status").isEqualTo(2)).rowCount());
    }

    @Test
    void veteranAndMelanomaHaveTheirShapes() {
        SurvivalData data = new SurvivalData();
        Table veteran = data.veteran();
        assertEquals(137, veteran.rowCount());
        assertEquals(8, veteran.columnCount());
        assertEquals(4, veteran.stringColumn("celltype").unique().size());
        Table melanoma = data.melanoma();
        assertEquals(205, melanoma.rowCount());
        assertEquals(57, melanoma.where(melanoma.numberColumn("status").isEqualTo(1)).rowCount());
    }

    @Test
    void editedCopyIsReportedByChecksum(@TempDir Path root) throws IOException {
        DataPaths paths = DataPaths.under(root);
        Files.createDirectories(paths.repositoryData());
        String lung = Files.readString(DataPaths.current().shipped("lung.csv"));
        Files.writeString(paths.shipped("lung.csv"), lung.replace("306", "307"));
        DataSourceException e =
                assertThrows(DataSourceException.class, () -> new SurvivalData(paths).lung());
        assertEquals(DataSourceException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("SHA-256 " + SurvivalData.LUNG_SHA256), e.getMessage());
    }

    @Test
    void missingFileNamesTheDataFolder(@TempDir Path root) {
        DataSourceException e =
                assertThrows(
                        DataSourceException.class,
                        () -> new SurvivalData(DataPaths.under(root)).melanoma());
        assertTrue(e.getMessage().contains(root.resolve("data/melanoma.csv").toString()));
    }
}
