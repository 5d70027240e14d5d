package org.paramlab.peft;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

import org.paramlab.models.BertConfig;
import org.paramlab.models.BertModel;
import org.paramlab.models.EncoderClassifier;

import java.util.Map;

/** A tiny random BERT classifier (H = 16, 2 layers, 3 classes) and fixed inputs for tests. */
final class TinyBert {
    static final BertConfig CONFIG = BertConfig.tiny();
    static final int CLASSES = 3;

    /** Parameters of the classification head, trained as {@code modules_to_save}. */
    static final long HEAD = (long) CONFIG.hiddenSize() * CLASSES + CLASSES;

    private TinyBert() {}

    /**
     * The same weights for the same seed. Turns PyTorch's grad mode on for this thread, as it is in
     * a notebook cell's thread, so that tensors built from weights are not leaves unless the
     * library takes care.
     */
    static EncoderClassifier classifier(NDManager manager, int seed) {
        Engine.getInstance().setRandomSeed(seed); // loads the engine before the JNI call
        ai.djl.pytorch.jni.JniUtils.setGradMode(true);
        return EncoderClassifier.on(BertModel.initialized(CONFIG, manager), CLASSES, manager);
    }

    /** Two sequences, the second padded: {@code (2, 6)} each. */
    static NDList inputs(NDManager m) {
        long[][] ids = {{1, 7, 13, 21, 34, 2}, {1, 5, 9, 2, 0, 0}};
        long[][] mask = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}};
        long[][] types = new long[2][6];
        return new NDList(m.create(ids), m.create(mask), m.create(types));
    }

    /** Logits {@code (2, 3)} as floats. */
    static float[] logits(Block model, NDManager m) {
        try (NDManager step = m.newSubManager()) {
            NDArray y = model.forward(new ParameterStore(step, false), inputs(step), false).head();
            return y.toFloatArray();
        }
    }

    /** Adds N(0, 0.2²) noise to every trainable parameter except the head's, in place. */
    static void perturb(PeftModel peft, NDManager m) {
        for (Map.Entry<String, Parameter> e : peft.trainableParameters().entrySet()) {
            if (e.getKey().startsWith("classifier")) {
                continue;
            }
            NDArray a = e.getValue().getArray();
            try (NDManager tmp = m.newSubManager()) {
                NDArray noise = tmp.randomNormal(0, 0.2f, a.getShape(), a.getDataType());
                a.set(a.toType(a.getDataType(), true).add(noise).toByteBuffer());
            }
        }
    }

    static double maxAbsDiff(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }
}
