package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

class SplitPlanTest {

    private static int[] labels(int n, int classes) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % classes;
        }
        return y;
    }

    @Test
    void splitsAreDisjointAndCoverEveryExample() {
        int[][] p = SplitPlan.split(1000, labels(1000, 7), SplitConfig.defaults(), true);
        Set<Integer> seen = new HashSet<>();
        for (int[] part : p) {
            for (int i : part) {
                assertFalse(!seen.add(i), "index " + i + " appears twice");
            }
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void everyClassIsSplitInTheSameProportions() {
        int[] y = labels(1000, 4); // 250 per class
        int[][] p = SplitPlan.split(1000, y, SplitConfig.defaults(), true);
        for (int c = 0; c < 4; c++) {
            final int k = c;
            assertEquals(50, Arrays.stream(p[2]).filter(i -> y[i] == k).count()); // 20%
            assertEquals(20, Arrays.stream(p[1]).filter(i -> y[i] == k).count()); // 10% of 200
            assertEquals(180, Arrays.stream(p[0]).filter(i -> y[i] == k).count());
        }
    }

    @Test
    void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        SplitConfig c = SplitConfig.defaults();
        assertArrayEquals(
                SplitPlan.split(100, null, c, true)[0], SplitPlan.split(100, null, c, true)[0]);
        assertFalse(
                Arrays.equals(
                        SplitPlan.split(100, null, c, true)[0],
                        SplitPlan.split(100, null, c.withSeed(1), true)[0]));
    }

    @Test
    void trainingOrderIsMixedNotGroupedByClass() {
        int[] y = labels(10_000, 10);
        int[][] p = SplitPlan.split(10_000, y, SplitConfig.defaults(), true);
        int[] firstHundred = new int[10];
        for (int k = 0; k < 100; k++) {
            firstHundred[y[p[0][k]]]++;
        }
        for (int c = 0; c < 10; c++) {
            // Binomial(100, 0.1): all ten classes lie well inside [1, 25].
            assertTrue(
                    firstHundred[c] >= 1 && firstHundred[c] <= 25, Arrays.toString(firstHundred));
        }
    }

    @Test
    void limitCutsEachSplit() {
        int[][] p = SplitPlan.split(1000, null, SplitConfig.defaults().withLimit(30), true);
        assertEquals(30, p[0].length);
        assertEquals(30, p[1].length);
        assertEquals(30, p[2].length);
    }

    @Test
    void officialTestSetIsKeptAndValidationComesFromTraining() {
        int[][] p =
                SplitPlan.splitWithOfficialTest(100, labels(100, 10), 40, SplitConfig.defaults());
        assertEquals(90, p[0].length);
        assertEquals(10, p[1].length);
        assertEquals(40, p[2].length);
        assertEquals(40, Arrays.stream(p[2]).distinct().count());
    }

    @Test
    void permutationIsFisherYatesOfJavaRandom() {
        // Pinned so that a change of algorithm, which would change every split, is noticed.
        assertArrayEquals(new int[] {1, 2, 3, 4, 0}, SplitPlan.permutation(5, 42));
    }

    @Test
    void configRejectsFractionsThatLeaveNoTraining() {
        assertThrows(
                IllegalArgumentException.class, () -> SplitConfig.defaults().withTestFraction(1));
        assertThrows(IllegalArgumentException.class, () -> new SplitConfig(1, 0.99, 0.99, 0, 32));
        assertThrows(IllegalArgumentException.class, () -> SplitConfig.defaults().withLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> SplitConfig.defaults().withBatchSize(0));
        assertEquals(7, SplitConfig.defaults().withSeed(7).seed());
    }
}
