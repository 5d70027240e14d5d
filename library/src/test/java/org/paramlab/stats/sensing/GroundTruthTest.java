package org.paramlab.stats.sensing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

class GroundTruthTest {

    @Test
    void symmetricGroundTruthHasThePrescribedEigenvalues() {
        RealMatrix m = GroundTruth.symmetric(20, List.of(1.0, 0.5), 42);
        assertEquals(0, m.subtract(m.transpose()).getFrobeniusNorm(), 1e-14);
        double[] eigenvalues = new EigenDecompositionSymmetric(m).getEigenvalues();
        Arrays.sort(eigenvalues);
        assertEquals(1.0, eigenvalues[19], 1e-12);
        assertEquals(0.5, eigenvalues[18], 1e-12);
        assertEquals(0.0, Math.abs(eigenvalues[17]) + Math.abs(eigenvalues[0]), 1e-12);
    }

    @Test
    void asymmetricGroundTruthHasThePrescribedSingularValues() {
        RealMatrix m = GroundTruth.asymmetric(6, 5, List.of(2.0, 1.0), 1);
        double[] singular = new SingularValueDecomposition(m).getSingularValues();
        assertArrayEquals(new double[] {2, 1, 0, 0, 0}, singular, 1e-12);
    }

    @Test
    void rankAboveTheSizeIsRejected() {
        var error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroundTruth.symmetric(1, List.of(1.0, 0.5), 1));
        assertEquals(true, error.getMessage().contains("1 <= r <= 1"), error.getMessage());
    }
}
