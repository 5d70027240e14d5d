package org.paramlab.stats.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

class SampleComplexityTest {

    @Test
    void oscillationsMergePlateausAndCountTurns() {
        assertEquals(0, Oscillations.count(new double[] {0.5, 0.5, 0.6, 0.6, 0.7}));
        assertEquals(1, Oscillations.count(new double[] {0.5, 0.6, 0.6, 0.6, 0.5}));
        assertEquals(3, Oscillations.count(new double[] {1, 2, 1, 2, 1}));
        assertEquals(0, Oscillations.count(new double[] {1}));
    }

    @Test
    void identicalTasksHaveNoGap() {
        double[][] u = new double[10][];
        List<String> names = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            u[t] = new double[] {0.5, 0.9, 0.7};
            names.add("t" + t);
        }
        GapCurve curve =
                SampleComplexity.gaps(
                        new UtilityGrid(UtilityGrid.unitGrid(3), names, u),
                        new int[] {2, 5},
                        20,
                        1);
        assertEquals(0, curve.gapAtLargest(), 1e-15);
    }

    @Test
    void noisyTasksGiveAGapThatFallsRoughlyLikeOneOverRootN() {
        SplittableRandom random = new SplittableRandom(2);
        int tasks = 400;
        double[][] u = new double[tasks][];
        List<String> names = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            double level = 0.1 * random.nextGaussian();
            u[t] = new double[] {level, level + 0.5, level};
            names.add("t" + t);
        }
        GapCurve curve =
                SampleComplexity.gaps(
                        new UtilityGrid(UtilityGrid.unitGrid(3), names, u),
                        new int[] {4, 16, 64},
                        400,
                        3);
        assertTrue(curve.slope() < -0.35 && curve.slope() > -0.65, "slope " + curve.slope());
    }

    @Test
    void subgridTakesEveryKthPoint() {
        double[][] u = {{0, 1, 2, 3, 4}};
        UtilityGrid grid = new UtilityGrid(UtilityGrid.unitGrid(5), List.of("t"), u).every(2);
        assertEquals(3, grid.alphas().length);
        assertEquals(4, grid.utility(0)[2]);
        assertThrows(
                IllegalArgumentException.class,
                () -> new UtilityGrid(UtilityGrid.unitGrid(5), List.of("t"), u).every(3));
    }

    @Test
    void everyTaskCannotBeInTheTrainingSample() {
        double[][] u = {{0, 1}, {1, 0}};
        UtilityGrid grid = new UtilityGrid(UtilityGrid.unitGrid(2), List.of("a", "b"), u);
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleComplexity.gaps(grid, new int[] {2}, 5, 1));
    }
}
