package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;

class MatrixSensingConfigTest {
    private static final MatrixSensingConfig BASE = MatrixSensingConfig.defaults();

    @Test
    void defaultsMatchTheCalibratedSetting() {
        assertEquals(20, BASE.n());
        assertEquals(2, BASE.r());
        assertEquals(3, BASE.k());
        assertEquals(List.of(1.0, 0.5), BASE.spectrum());
        assertEquals(0.05, BASE.eta());
        assertEquals(32_000, BASE.steps());
        assertTrue(BASE.overParameterized());
    }

    @Test
    void withersChangeOneField() {
        MatrixSensingConfig changed = BASE.withK(8).withAlpha(0.4).withSeed(7);
        assertEquals(8, changed.k());
        assertEquals(0.4, changed.alpha());
        assertEquals(7, changed.seed());
        assertEquals(BASE.eta(), changed.eta());
        assertEquals(BASE, changed.withK(3).withAlpha(0.1).withSeed(42));
    }

    @Test
    void spectrumIsCopied() {
        List<Double> spectrum = new ArrayList<>(List.of(1.0, 0.5));
        MatrixSensingConfig config = BASE.withSpectrum(spectrum);
        spectrum.add(0.25);
        assertEquals(2, config.r());
        assertThrows(UnsupportedOperationException.class, () -> config.spectrum().add(1.0));
    }

    @Test
    void kBelowTheRankIsRejectedWithAFix() {
        assertMessage(() -> BASE.withK(1), "k = 1 is below the rank r = 2", "use k >= 2");
    }

    @Test
    void nonPositiveAlphaIsRejected() {
        assertMessage(() -> BASE.withAlpha(0), "alpha must be positive", "found 0.0");
        assertMessage(() -> BASE.withAlpha(Double.NaN), "alpha must be positive", "NaN");
    }

    @Test
    void badStepSizeIsRejected() {
        assertMessage(() -> BASE.withEta(-0.1), "eta must be positive", "found -0.1");
        assertMessage(() -> BASE.withEta(Double.POSITIVE_INFINITY), "eta", "Infinity");
    }

    @Test
    void badSpectrumIsRejected() {
        assertMessage(
                () -> BASE.withSpectrum(List.of(1.0, 0.0)), "positive and finite", "[1.0, 0.0]");
        assertMessage(() -> BASE.withSpectrum(List.of()), "between 1 and n = 20", "found 0");
    }

    @Test
    void kAboveNIsRejected() {
        assertMessage(() -> BASE.withK(21), "k = 21 exceeds n = 20", "r <= k <= n");
    }

    @Test
    void stepsAndRecordingAreChecked() {
        assertMessage(() -> BASE.withSteps(0), "steps must be at least 1", "found 0");
        assertMessage(() -> BASE.withRecordEvery(0), "recordEvery", "found 0");
        assertMessage(() -> BASE.withSteps(5), "recordEvery must be between 1 and steps = 5", "10");
    }

    @Test
    void rebalancingNeedsTheAsymmetricFactorization() {
        assertMessage(
                () -> BASE.withModification(Modification.rebalance(0.01)),
                "transforms F and G",
                "ASYMMETRIC");
        assertMessage(() -> Modification.rebalance(1.5), "(0, 1)", "1.5");
    }

    @Test
    void labelNamesTheVariant() {
        MatrixSensingConfig config =
                BASE.withFactorization(Factorization.ASYMMETRIC)
                        .withSensing(Sensing.gaussian(800, 1))
                        .withModification(Modification.rebalance(0.01));
        assertEquals("asym k=3 \u03b1=0.1 gaussian(m=800) +rebalance(0.0100)", config.label());
    }

    private static void assertMessage(Executable action, String... parts) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, action);
        for (String part : parts) {
            assertTrue(error.getMessage().contains(part), error.getMessage());
        }
    }
}
