package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Kaplan–Meier against R's survfit (fixtures km_lung.csv and km_veteran.csv). */
class KaplanMeierTest {

    @Test
    void lungMatchesSurvfitWithEveryBand() {
        CensoredSample lung = SurvregReferenceTest.lung();
        List<String[]> rows = Fixtures.csv("km_lung.csv");
        KaplanMeierCurve log =
                KaplanMeier.fit(lung.times(), lung.events(), ConfidenceBand.LOG, 0.95);
        KaplanMeierCurve logLog =
                KaplanMeier.fit(lung.times(), lung.events(), ConfidenceBand.LOG_LOG, 0.95);
        KaplanMeierCurve plain =
                KaplanMeier.fit(lung.times(), lung.events(), ConfidenceBand.PLAIN, 0.95);
        assertEquals(rows.size() - 1, log.times().length);
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            int i = r - 1;
            assertEquals(Fixtures.parse(row[0]), log.times()[i]);
            assertEquals((int) Fixtures.parse(row[1]), log.atRisk()[i]);
            assertEquals((int) Fixtures.parse(row[2]), log.events()[i]);
            assertEquals((int) Fixtures.parse(row[3]), log.censored()[i]);
            assertEquals(Fixtures.parse(row[4]), log.survival()[i], 1e-12);
            assertEquals(Fixtures.parse(row[5]), log.standardError()[i], 1e-12);
            assertEquals(Fixtures.parse(row[6]), log.lower()[i], 1e-12);
            assertEquals(Fixtures.parse(row[7]), log.upper()[i], 1e-12);
            assertEquals(Fixtures.parse(row[8]), logLog.lower()[i], 1e-12);
            assertEquals(Fixtures.parse(row[9]), logLog.upper()[i], 1e-12);
            assertEquals(Fixtures.parse(row[10]), plain.lower()[i], 1e-12);
            assertEquals(Fixtures.parse(row[11]), plain.upper()[i], 1e-12);
        }
    }

    @Test
    void veteranArmsMatchSurvfitStrata() {
        Map<Double, KaplanMeierCurve> arms =
                KaplanMeier.byGroup(SurvregReferenceTest.veteran(), "trt");
        List<String[]> rows = Fixtures.csv("km_veteran.csv");
        int[] index = new int[3];
        for (String[] row : rows.subList(1, rows.size())) {
            double arm = row[0].equals("trt=1") ? 1 : 2;
            KaplanMeierCurve curve = arms.get(arm);
            int i = index[(int) arm]++;
            assertEquals(Fixtures.parse(row[1]), curve.times()[i]);
            assertEquals((int) Fixtures.parse(row[2]), curve.atRisk()[i]);
            assertEquals(Fixtures.parse(row[5]), curve.survival()[i], 1e-12);
            assertEquals(Fixtures.parse(row[6]), curve.standardError()[i], 1e-12);
            assertEquals(Fixtures.parse(row[7]), curve.lower()[i], 1e-12);
            assertEquals(Fixtures.parse(row[8]), curve.upper()[i], 1e-12);
        }
        assertEquals(arms.get(1.0).times().length, index[1]);
        assertEquals(arms.get(2.0).times().length, index[2]);
    }

    @Test
    void stepFunctionAndMedianOnAHandExample() {
        // Times 1, 2+, 3, 4: S(1) = 3/4, S(3) = 3/4 · 1/2 = 3/8, S(4) = 0.
        KaplanMeierCurve km =
                KaplanMeier.fit(
                        new double[] {3, 1, 4, 2},
                        new boolean[] {true, true, true, false},
                        ConfidenceBand.LOG,
                        0.95);
        assertEquals(1, km.survivalAt(0.5));
        assertEquals(0.75, km.survivalAt(2.5), 1e-15);
        assertEquals(0.375, km.survivalAt(3), 1e-15);
        assertEquals(0, km.survivalAt(10), 1e-15);
        assertEquals(3, km.median());
    }

    @Test
    void negativeTimesAreRejectedWithTheRow() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                KaplanMeier.fit(
                                        new double[] {1, -2},
                                        new boolean[] {true, true},
                                        ConfidenceBand.LOG,
                                        0.95));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("row 1"), e.getMessage());
    }
}
