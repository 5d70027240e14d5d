package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.Map;

class CensoredSampleTest {

    @Test
    void negativeTimeNamesTheRowAndTheFix() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                CensoredSample.of(
                                        new double[] {3, -1, 2},
                                        new boolean[] {true, true, false}));
        assertTrue(e.getMessage().contains("-1.0 at row 1"), e.getMessage());
        assertTrue(e.getMessage().contains("positive and finite"), e.getMessage());
    }

    @Test
    void allCensoredDataIsRejectedWithAHintAboutStatusCodes() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                CensoredSample.of(
                                        new double[] {3, 1, 2},
                                        new boolean[] {false, false, false}));
        assertTrue(e.getMessage().contains("All 3 subjects are censored"), e.getMessage());
        assertTrue(e.getMessage().contains("status coding"), e.getMessage());
    }

    @Test
    void lungUsesStatusTwoAsDeath() {
        CensoredSample lung = SurvregReferenceTest.lung();
        assertEquals(228, lung.size());
        assertEquals(165, lung.eventCount());
    }

    @Test
    void incompleteRowsAreDroppedAndCounted() {
        Table table =
                Table.create("t")
                        .addColumns(
                                DoubleColumn.create("time", new double[] {1, 2, 3, 4}),
                                DoubleColumn.create("status", new double[] {1, 0, 1, 1}),
                                DoubleColumn.create("x", new double[] {0.5, Double.NaN, 1, 2}));
        CensoredSample sample = CensoredSample.from(table, "time", "status", 1, "x");
        assertEquals(3, sample.size());
        assertEquals(1, sample.dropped());
        assertEquals(2, sample.covariate("x")[2]);
    }

    @Test
    void unknownColumnsAndCovariatesListWhatExists() {
        Table table =
                Table.create("t")
                        .addColumns(
                                DoubleColumn.create("time", new double[] {1, 2}),
                                DoubleColumn.create("status", new double[] {1, 1}));
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> CensoredSample.from(table, "time", "event", 1));
        assertTrue(e.getMessage().contains("[time, status]"), e.getMessage());
        CensoredSample sample = CensoredSample.from(table, "time", "status", 1);
        var missing = assertThrows(IllegalArgumentException.class, () -> sample.covariate("age"));
        assertTrue(missing.getMessage().contains("withCovariate"), missing.getMessage());
    }

    @Test
    void accessorsReturnCopies() {
        CensoredSample sample =
                new CensoredSample(
                        new double[] {1, 2},
                        new boolean[] {true, false},
                        Map.of("x", new double[] {0, 1}),
                        0);
        sample.times()[0] = 99;
        sample.covariates().get("x")[0] = 99;
        assertEquals(1, sample.times()[0]);
        assertEquals(0, sample.covariate("x")[0]);
    }
}
