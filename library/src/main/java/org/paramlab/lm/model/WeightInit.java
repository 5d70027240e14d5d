package org.paramlab.lm.model;

import ai.djl.nn.Parameter;

import org.paramlab.train.ArrayCopy;

import java.util.Map;
import java.util.Random;

/**
 * The decoder's initial weights, drawn on the host from a generator seeded by the config's seed and
 * the parameter's path, so they do not depend on the engine's global generator or on other threads:
 *
 * <ul>
 *   <li>embeddings (token, position): N(0, 1), μP's constant-variance input weights;
 *   <li>hidden matrices and Pattention keys: N(0, 1/fan_in);
 *   <li>Pattention values: N(0, 1/n) (n tokens, the fan-in of Θ·V);
 *   <li>the output projections of attention and feed-forward (the residual branches): the above
 *       divided by √(2L) (GPT-2's scaled residual initialisation, L layers);
 *   <li>the readout: zero, so the initial loss is exactly ln V (μP's zero readout);
 *   <li>norm gains 1, biases 0 (left as DJL initialises them).
 * </ul>
 */
final class WeightInit {
    private WeightInit() {}

    static void apply(Map<String, Parameter> params, long seed, int depth) {
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            String path = e.getKey();
            Parameter p = e.getValue();
            double std = std(path, p.getArray().getShape().getShape(), depth);
            if (Double.isNaN(std)) {
                continue;
            }
            long size = p.getArray().getShape().size();
            float[] values = new float[(int) size];
            if (std > 0) {
                Random random = new Random(seed * 1_000_003L + path.hashCode());
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) (random.nextGaussian() * std);
                }
            }
            ArrayCopy.into(p.getArray(), values);
        }
    }

    /** The standard deviation for a parameter, NaN to leave it as DJL initialised it. */
    static double std(String path, long[] shape, int depth) {
        if (path.equals(Decoder.TOKEN_EMBEDDING) || path.equals(Decoder.POSITION_EMBEDDING)) {
            return 1.0;
        }
        if (path.equals(Decoder.HEAD)) {
            return 0.0;
        }
        boolean residual =
                path.contains("attention.output.")
                        || path.contains("ffn.down.")
                        || path.endsWith("ffn.values");
        double branch = residual ? 1 / Math.sqrt(2.0 * depth) : 1.0;
        if (path.endsWith(".keys")) {
            return 1 / Math.sqrt(shape[1]);
        }
        if (path.endsWith(".values")) {
            return branch / Math.sqrt(shape[0]);
        }
        if (path.endsWith(".weight") && shape.length == 2) {
            return branch / Math.sqrt(shape[1]);
        }
        return Double.NaN;
    }
}
