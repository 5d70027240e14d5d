package org.paramlab.hypercomplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.junit.jupiter.api.Test;
import org.paramlab.peft.experiment.ImageTask;

import java.util.List;
import java.util.Random;

class PhcResNetTest {
    static final int[] WIDTHS = {12, 24, 48};

    @Test
    void hypercomplexStackHasAboutOneNthOfTheRealWeights() {
        long real = PhcResNet.of(PhcVariant.real(), WIDTHS, 10).hypercomplexParameters();
        // 3×3 convs 12→12 ×2, 12→24, 24→24, 24→48, 48→48, and 1×1 shortcuts 12→24, 24→48
        long expectedReal = 9L * (2 * 144 + 288 + 576 + 1152 + 2304) + 288 + 1152;
        assertEquals(expectedReal, real);
        for (int n : new int[] {2, 3, 4}) {
            long phc = PhcResNet.of(PhcVariant.phc(n), WIDTHS, 10).hypercomplexParameters();
            assertEquals(8L * n * n * n + expectedReal / n, phc);
            double ratio = (double) phc / real;
            assertTrue(ratio >= 1.0 / n && ratio <= 1.0 / n + 0.02, "n=" + n + ": " + ratio);
        }
        long quaternion =
                PhcResNet.of(PhcVariant.quaternion(), WIDTHS, 10).hypercomplexParameters();
        assertEquals(expectedReal / 4, quaternion);
    }

    @Test
    void forwardGivesLogitsPerImage() {
        try (NDManager m = NDManager.newBaseManager()) {
            PhcResNet net = PhcResNet.of(PhcVariant.phc(3), WIDTHS, 10);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 1, 28, 28));
            var y =
                    net.forward(
                            new ParameterStore(m, false),
                            new NDList(m.ones(new Shape(5, 1, 28, 28))),
                            false);
            assertEquals(new Shape(5, 10), y.head().getShape());
        }
    }

    @Test
    void aWidthThatNDoesNotDivideIsNamed() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PhcResNet.of(PhcVariant.phc(5), WIDTHS, 10));
        assertTrue(e.getMessage().contains("n = 5"), e.getMessage());
    }

    @Test
    void studyRecordsCountsAndAccuracyForEveryRun() {
        ImageTask task = randomTask(64);
        PhcStudyConfig config = new PhcStudyConfig(new int[] {4, 8}, 1, 16, 1e-2, 1, false);
        List<PhcRunResult> runs =
                PhcImageStudy.run(
                        task, List.of(PhcVariant.real(), PhcVariant.phc(2)), List.of(1L), config);
        assertEquals(2, runs.size());
        PhcRunResult phc = runs.get(1);
        assertEquals(phc.realConvParameters() / 2 + 5 * 8, phc.convParameters());
        assertTrue(phc.testAccuracy() >= 0 && phc.testAccuracy() <= 1);
        assertEquals(2, PhcImageStudy.summary(runs).rowCount());
    }

    static ImageTask randomTask(int n) {
        Random random = new Random(3);
        float[] pixels = new float[n * 784];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int p = 0; p < 784; p++) {
                pixels[i * 784 + p] = random.nextFloat() * (labels[i] + 1) / 2;
            }
        }
        ImageTask.Split split = new ImageTask.Split(pixels, labels);
        return new ImageTask("random", List.of("dim", "bright"), 28, split, split, split);
    }
}
