package org.paramlab.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class ApgwModelsTest {

    @Test
    void sixModelsFitVeteranAndNestAsExpected() {
        CensoredSample veteran = SurvregReferenceTest.veteran();
        List<SurvivalFitResult> fits = ApgwModels.fitAll(ApgwModels.all("trt"), veteran);
        assertEquals(6, fits.size());
        assertEquals(
                List.of(3, 4, 5, 5, 6, 6),
                fits.stream().map(SurvivalFitResult::parameterCount).toList());
        // Weibull-PH is survreg's Weibull reparameterised.
        assertEquals(
                Fixtures.survreg("veteran_weibull_trt", "loglik"),
                fits.get(0).logLikelihood(),
                1e-6);
        // Nesting: a model with more free parameters never fits worse.
        assertTrue(fits.get(4).logLikelihood() >= fits.get(2).logLikelihood() - 1e-6);
        assertTrue(fits.get(2).logLikelihood() >= fits.get(0).logLikelihood() - 1e-6);
        assertTrue(fits.get(1).logLikelihood() >= fits.get(0).logLikelihood() - 1e-6);
    }
}
