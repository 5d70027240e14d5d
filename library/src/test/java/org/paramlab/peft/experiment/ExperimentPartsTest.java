package org.paramlab.peft.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.paramlab.models.BertConfig;
import org.paramlab.models.BertModel;
import org.paramlab.models.EncoderClassifier;
import org.paramlab.models.VitConfig;
import org.paramlab.models.VitModel;
import org.paramlab.peft.Peft;

import java.util.ArrayList;
import java.util.List;

class ExperimentPartsTest {

    static List<LabeledText> texts(int perClass, int classes) {
        List<LabeledText> all = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < perClass; i++) {
                all.add(new LabeledText("t" + c + "-" + i, c));
            }
        }
        return all;
    }

    @Test
    void splitIsStratifiedEightyTenTenAndSeeded() {
        var task = TextTasks.split("t", List.of("a", "b"), texts(50, 2), 7, 0, 0, 0);
        assertEquals(80, task.train().size());
        assertEquals(10, task.dev().size());
        assertEquals(10, task.test().size());
        assertEquals(5, task.test().stream().filter(t -> t.label() == 1).count());
        var again = TextTasks.split("t", List.of("a", "b"), texts(50, 2), 7, 0, 0, 0);
        assertEquals(task.test(), again.test());
        assertEquals(0.5, task.majorityBaseline(), 1e-12);
        assertEquals(
                30,
                TextTasks.split("t", List.of("a", "b"), texts(50, 2), 7, 30, 0, 0).train().size());
    }

    @Test
    void classificationBatchesPadToTheLongestAndCoverAnEpoch() {
        var task = TextTasks.split("t", List.of("a", "b"), texts(10, 2), 1, 0, 0, 0);
        List<TokenizedTask.Example> train = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            train.add(new TokenizedTask.Example(new long[1 + i % 4], i % 2));
        }
        var data = new TokenizedTask(task, 8, train, train.subList(0, 3), train.subList(0, 5));
        var batches = new ClassificationBatches(data, 4, 3);
        try (NDManager m = NDManager.newBaseManager()) {
            var b = batches.trainBatch(m, 0);
            assertEquals(3, b.inputs().size());
            assertEquals(4, b.tokens());
            assertEquals(4, b.inputs().head().getShape().get(0));
            assertEquals(1, batches.heldOutBatches());
            assertEquals(2, batches.testBatches());
            assertEquals(new Shape(1), batches.testBatch(m, 1).labels().head().getShape());
            long[] mask = b.inputs().get(1).toLongArray();
            long ones = 0;
            for (long v : mask) {
                ones += v;
            }
            assertTrue(ones >= 4 && ones <= 16);
        }
    }

    @Test
    void rotationByFourQuartersIsTheIdentityAndOneQuarterIsByHand() {
        float[] img = {1, 2, 3, 4}; // [[1, 2], [3, 4]]
        float[] out = new float[4];
        ImageBatches.rotate(img, 0, 2, 1, out, 0);
        assertArrayEquals(new float[] {2, 4, 1, 3}, out); // counter-clockwise
        float[] back = img.clone();
        for (int q = 0; q < 4; q++) {
            float[] next = new float[4];
            ImageBatches.rotate(back, 0, 2, 1, next, 0);
            back = next;
        }
        assertArrayEquals(img, back);
    }

    @Test
    void paretoFrontAndKendallTauByHand() {
        FineTuneResult a = result("a", 10, 0.5);
        FineTuneResult b = result("b", 100, 0.7);
        FineTuneResult c = result("c", 1000, 0.6);
        assertEquals(List.of(a, b), PeftComparison.front(List.of(c, b, a)));
        var other = List.of(result("a", 1, 0.1), result("b", 1, 0.3), result("c", 1, 0.2));
        assertEquals(1.0, PeftComparison.kendallTau(List.of(a, b, c), other), 1e-12);
        var reversed = List.of(result("a", 1, 0.3), result("b", 1, 0.1), result("c", 1, 0.2));
        assertEquals(-1.0, PeftComparison.kendallTau(List.of(a, b, c), reversed), 1e-12);
        assertEquals(3, PeftComparison.ranking(List.of(a, b, c), other, "x", "y").rowCount());
    }

    static FineTuneResult result(String name, long trainable, double accuracy) {
        return new FineTuneResult(
                name,
                "t",
                trainable,
                0,
                1000,
                0,
                0,
                0,
                accuracy,
                accuracy,
                0,
                1,
                false,
                new double[0]);
    }

    @Test
    void vitRunsEveryTunerTargetWithTheBertPatterns() {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(1);
            VitConfig config =
                    new VitConfig(8, 4, 1, new BertConfig(1, 16, 1, 2, 32, 4, 1, 1e-12f, 0, 0));
            var clf = EncoderClassifier.on(VitModel.initialized(config, m), 3, m);
            var peft = Peft.wrap(clf, Methods.visualPrompt(2).config());
            var x = m.randomUniform(0, 1, new Shape(5, 1, 8, 8));
            var y =
                    clf.forward(
                                    new ai.djl.training.ParameterStore(m, false),
                                    new ai.djl.ndarray.NDList(x),
                                    false)
                            .head();
            assertEquals(new Shape(5, 3), y.getShape());
            assertEquals(2 * 16 + 16 * 3 + 3, peft.trainableCount());
        }
    }

    @Test
    void fineTuneRunnerTrainsATinyModelOnALearnableTask() {
        var task = TextTasks.split("parity", List.of("even", "odd"), texts(40, 2), 3, 0, 0, 0);
        List<List<TokenizedTask.Example>> splits = new ArrayList<>();
        for (List<LabeledText> s : List.of(task.train(), task.dev(), task.test())) {
            List<TokenizedTask.Example> ex = new ArrayList<>();
            for (LabeledText t : s) {
                ex.add(new TokenizedTask.Example(new long[] {1, 10 + t.label() * 5, 2}, t.label()));
            }
            splits.add(ex);
        }
        var data =
                new ClassificationBatches(
                        new TokenizedTask(task, 3, splits.get(0), splits.get(1), splits.get(2)),
                        8,
                        1);
        var config = FineTuneConfig.defaults().withSteps(30).withEvalEvery(10).withPatience(0);
        FineTuneResult r =
                FineTuneRunner.run(
                        mm ->
                                EncoderClassifier.on(
                                        BertModel.initialized(BertConfig.tiny(), mm), 2, mm),
                        "tiny",
                        data,
                        Methods.lora(2).withLearningRate(1e-2),
                        config,
                        null,
                        List.of());
        assertEquals(30, r.updates());
        assertEquals(2L * 2 * 2 * (16 + 16) + 16 * 2 + 2, r.trainable());
        assertTrue(r.testAccuracy() > 0.9, "test accuracy " + r.testAccuracy());
        assertEquals(8L * r.trainable(), r.optimizerBytes());
        assertTrue(r.stepMillis() > 0);
    }
}
