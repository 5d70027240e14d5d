package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

/** The loops' gradients against central finite differences of the losses. */
class GradientTest {
    private static final int N = 6;
    private static final int K = 3;
    private static final double H = 1e-6;

    @Test
    void symmetricGradientMatchesFiniteDifferencesUnderIdentitySensing() {
        checkSymmetric(Sensing.identity());
    }

    @Test
    void symmetricGradientMatchesFiniteDifferencesUnderGaussianSensing() {
        checkSymmetric(Sensing.gaussian(60, 5));
    }

    @Test
    void asymmetricGradientMatchesFiniteDifferencesUnderIdentitySensing() {
        checkAsymmetric(Sensing.identity());
    }

    @Test
    void asymmetricGradientMatchesFiniteDifferencesUnderGaussianSensing() {
        checkAsymmetric(Sensing.gaussian(60, 5));
    }

    private static void checkSymmetric(Sensing sensing) {
        SensingOperator a = sensing.operator(N, N);
        double[] target = GroundTruth.rowMajor(GroundTruth.symmetric(N, List.of(1.0, 0.5), 3));
        double[] x = Dense.gaussian(new Random(8), N * K, 0.7);
        double[] gradient = SymmetricGd.gradient(a, target, x, N, K);
        for (int i = 0; i < N * K; i++) {
            double saved = x[i];
            x[i] = saved + H;
            double plus = SymmetricGd.loss(a, target, x, N, K);
            x[i] = saved - H;
            double minus = SymmetricGd.loss(a, target, x, N, K);
            x[i] = saved;
            double numeric = (plus - minus) / (2 * H);
            assertEquals(numeric, gradient[i], 1e-6 * (1 + Math.abs(numeric)), "entry " + i);
        }
    }

    private static void checkAsymmetric(Sensing sensing) {
        SensingOperator a = sensing.operator(N, N);
        double[] target = GroundTruth.rowMajor(GroundTruth.asymmetric(N, N, List.of(1.0, 0.5), 3));
        Random random = new Random(9);
        double[] f = Dense.gaussian(random, N * K, 0.7);
        double[] g = Dense.gaussian(random, N * K, 0.4);
        double[][] gradient = AsymmetricGd.gradient(a, target, f, g, N, K);
        for (int which = 0; which < 2; which++) {
            double[] p = which == 0 ? f : g;
            for (int i = 0; i < N * K; i++) {
                double saved = p[i];
                p[i] = saved + H;
                double plus = AsymmetricGd.loss(a, target, f, g, N, K);
                p[i] = saved - H;
                double minus = AsymmetricGd.loss(a, target, f, g, N, K);
                p[i] = saved;
                double numeric = (plus - minus) / (2 * H);
                assertEquals(
                        numeric,
                        gradient[which][i],
                        1e-6 * (1 + Math.abs(numeric)),
                        (which == 0 ? "F" : "G") + " entry " + i);
            }
        }
    }
}
