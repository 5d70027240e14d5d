package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.LongAdder;

class MatrixSensingTest {
    private static final MatrixSensingConfig SHORT =
            MatrixSensingConfig.defaults().withSteps(2_000);

    @Test
    void exactSymmetricParameterizationReachesBelow1e9Within2000Steps() {
        MatrixSensingResult result = execute(SHORT.withK(2));
        assertEquals(MatrixSensingResult.StopReason.COMPLETED, result.stopReason());
        assertTrue(result.errorAt(2_000) < 1e-9, result.toString());
    }

    @Test
    void exactAsymmetricParameterizationReachesBelow1e9Within2000Steps() {
        MatrixSensingResult result =
                execute(SHORT.withFactorization(Factorization.ASYMMETRIC).withK(2));
        assertTrue(result.errorAt(2_000) < 1e-9, result.toString());
    }

    @Test
    void exactParameterizationConvergesUnderGaussianSensing() {
        MatrixSensingResult result = execute(SHORT.withK(2).withSensing(Sensing.gaussian(800, 7)));
        assertTrue(result.errorAt(2_000) < 1e-9, result.toString());
    }

    @Test
    void overParameterizedSymmetricIsStillFarFromConvergedAt2000Steps() {
        MatrixSensingResult result = execute(SHORT.withK(3));
        assertTrue(result.errorAt(2_000) > 1e-4, result.toString());
        assertTrue(result.errorAt(2_000) < result.errorAt(1_000), result.toString());
    }

    @Test
    void sameConfigGivesIdenticalCurves() {
        MatrixSensingConfig config = SHORT.withFactorization(Factorization.ASYMMETRIC);
        assertEquals(execute(config), execute(config));
    }

    @Test
    void differentSeedsGiveDifferentCurves() {
        assertNotEquals(execute(SHORT.withK(3)), execute(SHORT.withK(3).withSeed(43)));
    }

    @Test
    void parallelSweepEqualsSequentialRunsInConfigOrder() {
        List<MatrixSensingConfig> configs =
                List.of(
                        SHORT.withK(2),
                        SHORT.withK(3).withAlpha(0.2),
                        SHORT.withFactorization(Factorization.ASYMMETRIC).withK(3));
        List<MatrixSensingResult> parallel = MatrixSensing.runAll(configs);
        for (int i = 0; i < configs.size(); i++) {
            assertEquals(execute(configs.get(i)), parallel.get(i));
        }
    }

    @Test
    void recordsEveryStepMultipleAndTheLastStep() {
        MatrixSensingResult result = execute(SHORT.withSteps(95).withRecordEvery(10));
        double[] steps = result.steps();
        assertEquals(11, steps.length);
        assertEquals(0, steps[0]);
        assertEquals(90, steps[9]);
        assertEquals(95, steps[10]);
        assertThrows(IllegalArgumentException.class, () -> result.errorAt(15));
    }

    @Test
    void tooLargeStepSizeIsRecordedAsDiverged() {
        MatrixSensingResult result = execute(SHORT.withEta(50).withAlpha(1));
        assertTrue(result.diverged(), result.toString());
        assertTrue(result.steps().length < 2_000 / 10 + 1);
        var error = assertThrows(IllegalArgumentException.class, () -> RateFit.predicted(result));
        assertTrue(error.getMessage().contains("lower eta"), error.getMessage());
    }

    @Test
    void interruptCancelsTheRun() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> execute(SHORT));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void rebalancingPreservesTheProductAndEqualizesTheGram() {
        int n = 6;
        int k = 3;
        var random = new java.util.Random(3);
        double[] f = Dense.gaussian(random, n * k, 0.3);
        double[] g = Dense.gaussian(random, n * k, 0.1);
        double[] before = new double[n * n];
        Dense.multiplyTransposed(f, g, before, n, k, n);
        AsymmetricGd.rebalance(f, g, n, k);
        double[] after = new double[n * n];
        Dense.multiplyTransposed(f, g, after, n, k, n);
        assertArrayEquals(before, after, 1e-12);
        double[] gram = new double[k * k];
        Dense.transposedMultiply(f, f, gram, n, k, k);
        double beta = gram[0];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                assertEquals(i == j ? beta : 0, gram[i * k + j], 1e-10);
            }
        }
        double sigma1 =
                new org.hipparchus.linear.SingularValueDecomposition(
                                org.hipparchus.linear.MatrixUtils.createRealMatrix(
                                        toRows(before, n)))
                        .getNorm();
        assertEquals(sigma1, beta, 1e-10);
    }

    @Test
    void oneStepModificationIsRecordedAndRemovesTheSlowPhase() {
        MatrixSensingConfig plain =
                SHORT.withSteps(3_000).withFactorization(Factorization.ASYMMETRIC).withK(3);
        MatrixSensingResult slow = execute(plain);
        MatrixSensingResult fast = execute(plain.withModification(Modification.rebalance(0.01)));
        assertEquals(-1, slow.modifiedAtStep());
        assertTrue(fast.modifiedAtStep() > 0);
        assertTrue(slow.finalError() > 1e-5, slow.toString());
        assertTrue(fast.finalError() < 1e-9, fast.toString());
        assertFalse(fast.diverged());
    }

    private static double[][] toRows(double[] m, int n) {
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m, i * n, rows[i], 0, n);
        }
        return rows;
    }

    private static MatrixSensingResult execute(MatrixSensingConfig config) {
        return MatrixSensing.execute(config, new LongAdder());
    }
}
