package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

import java.util.List;

class ClassBalanceTest {

    @Test
    void countsLabelsPerSplitAndTabulatesShares() {
        int[] labels = {0, 1, 1, 0, 1, 1};
        ClassBalance b =
                ClassBalance.count(List.of("a", "b"), labels, new int[][] {{0, 1, 2}, {3}, {4, 5}});
        assertEquals(List.of(1, 2), b.train());
        assertEquals(List.of(1, 0), b.validation());
        assertEquals(List.of(0, 2), b.test());
        Table t = b.table();
        assertEquals(
                List.of("class", "train", "validation", "test", "total", "share %"),
                t.columnNames());
        assertEquals(4, t.intColumn("total").getInt(1));
        assertEquals(100.0 / 3, t.numberColumn("share %").getDouble(0), 1e-9);
    }

    @Test
    void countsMustMatchTheClasses() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ClassBalance(List.of("a"), List.of(1, 2), List.of(1), List.of(1)));
    }
}
