package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

class RateTableTest {

    @Test
    void oneRowPerRunWithThePaperPrediction() {
        MatrixSensingConfig base = MatrixSensingConfig.defaults().withSteps(1_000);
        List<MatrixSensingResult> results =
                List.of(
                        MatrixSensing.execute(base.withK(2), new LongAdder()),
                        MatrixSensing.execute(base.withK(3), new LongAdder()),
                        MatrixSensing.execute(
                                base.withFactorization(Factorization.ASYMMETRIC), new LongAdder()));
        Table table = RateTable.of(results);
        assertEquals(3, table.rowCount());
        assertEquals("linear, exp(-\u03a9(T))", table.stringColumn("paper predicts").get(0));
        assertTrue(table.stringColumn("paper predicts").get(1).startsWith("s = -1"));
        assertTrue(table.stringColumn("paper predicts").get(2).contains("\u03b1\u00b2"));
        assertEquals("e \u221d t^s", table.stringColumn("model").get(1));
        assertTrue(table.doubleColumn("slope s").get(1) < 0);
        assertTrue(table.doubleColumn("rate \u03c1").get(0) > 0);
    }

    @Test
    void aRunTooShortToFitKeepsItsRowWithANote() {
        MatrixSensingResult result =
                MatrixSensing.execute(
                        MatrixSensingConfig.defaults().withSteps(20).withRecordEvery(10),
                        new LongAdder());
        Table table = RateTable.of(List.of(result));
        assertEquals("none", table.stringColumn("model").get(0));
        assertTrue(table.stringColumn("note").get(0).contains("at least 3 points"));
    }
}
