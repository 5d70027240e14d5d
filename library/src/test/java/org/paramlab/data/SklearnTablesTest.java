package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class SklearnTablesTest {

    /** An iris.csv with 150 rows: features i, i+1, i+2, i+3 and class i % 3. */
    static DataPaths irisFixture(Path root, String header, int rows) throws IOException {
        DataPaths paths = DataPaths.under(root);
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(i).append(',').append(i + 1).append(',').append(i + 2).append(',');
            csv.append(i + 3).append(',').append(i % 3).append('\n');
        }
        Path file = paths.system(SklearnTables.FOLDER).resolve("iris.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        return paths;
    }

    @Test
    void irisFixtureBecomesATableAndStratifiedSplits(@TempDir Path root) throws IOException {
        DataPaths paths = irisFixture(root, "150,4,setosa,versicolor,virginica", 150);
        SklearnTables tables = new SklearnTables(paths);
        Table t = tables.table(SklearnTable.IRIS);
        assertEquals(150, t.rowCount());
        assertEquals("petal width", t.column(3).name());
        assertEquals("virginica", t.stringColumn("target").get(2));
        try (NDManager m = NDManager.newBaseManager()) {
            Splits s = tables.load(SklearnTable.IRIS, m, SplitConfig.defaults());
            assertEquals(List.of("setosa", "versicolor", "virginica"), s.classes());
            assertEquals(List.of(10, 10, 10), s.balance().test());
            assertEquals(new Shape(4, 4), s.preview(m, 4).get(0).getShape());
        }
    }

    @Test
    void wrongHeaderIsDamage(@TempDir Path root) throws IOException {
        DataPaths paths = irisFixture(root, "149,4,setosa,versicolor,virginica", 150);
        DataSourceException e =
                assertThrows(
                        DataSourceException.class,
                        () -> new SklearnTables(paths).table(SklearnTable.IRIS));
        assertTrue(e.getMessage().contains("a header '150,4,<classes>'"), e.getMessage());
    }

    @Test
    void missingRowsAreDamage(@TempDir Path root) throws IOException {
        DataPaths paths = irisFixture(root, "150,4,setosa,versicolor,virginica", 120);
        DataSourceException e =
                assertThrows(
                        DataSourceException.class,
                        () -> new SklearnTables(paths).table(SklearnTable.IRIS));
        assertTrue(e.getMessage().contains("expected 150 rows, found 120 rows"), e.getMessage());
    }

    @Test
    void loadingAThousandTimesInChildManagersLeavesTheParentUnchanged(@TempDir Path root)
            throws IOException {
        SklearnTables tables = new SklearnTables(irisFixture(root, "150,4,a,b,c", 150));
        try (NDManager parent = NDManager.newBaseManager()) {
            int before = parent.getManagedArrays().size();
            for (int i = 0; i < 1000; i++) {
                try (NDManager child = parent.newSubManager()) {
                    tables.load(SklearnTable.IRIS, child, SplitConfig.defaults().withSeed(i));
                }
            }
            assertEquals(before, parent.getManagedArrays().size());
        }
    }

    @Test
    void realTablesHaveTheirDocumentedSizesAndClasses() {
        SklearnTables tables = new SklearnTables();
        Table iris =
                InstalledData.require(DataSource.SKLEARN, () -> tables.table(SklearnTable.IRIS));
        assertEquals(150, iris.rowCount());
        assertEquals(50, iris.where(iris.stringColumn("target").isEqualTo("setosa")).rowCount());
        assertEquals(178, tables.table(SklearnTable.WINE).rowCount());
        Table cancer = tables.table(SklearnTable.BREAST_CANCER);
        assertEquals(569, cancer.rowCount());
        assertEquals(
                212, cancer.where(cancer.stringColumn("target").isEqualTo("malignant")).rowCount());
        assertEquals(1797, tables.table(SklearnTable.DIGITS).rowCount());
        Table diabetes = tables.table(SklearnTable.DIABETES);
        assertEquals(442, diabetes.rowCount());
        assertEquals(11, diabetes.columnCount());
        try (NDManager m = NDManager.newBaseManager()) {
            Splits d = tables.load(SklearnTable.DIABETES, m, SplitConfig.defaults());
            assertTrue(d.classes().isEmpty());
            assertEquals(DataType.FLOAT32, d.preview(m, 2).get(1).getDataType());
            Splits digits = tables.load(SklearnTable.DIGITS, m, SplitConfig.defaults());
            assertEquals(new Shape(3, 64), digits.preview(m, 3).get(0).getShape());
            assertEquals(16f, digits.preview(m, 100).get(0).max().getFloat());
        }
    }
}
