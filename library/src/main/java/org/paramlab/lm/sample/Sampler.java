package org.paramlab.lm.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.text.TextTokenizer;
import org.paramlab.train.GradMode;
import org.paramlab.train.Interrupts;
import org.paramlab.train.ParameterPaths;

import java.util.Arrays;
import java.util.Random;

/**
 * Generates text from a {@link Decoder} with a key/value cache: the prompt is run once, then each
 * new token is fed alone together with the cached keys and values of all earlier positions, so a
 * step costs one token's forward pass instead of the whole sequence's. When the cache reaches the
 * context length, the last contextLength − 1 tokens are re-encoded (a sliding window).
 *
 * <pre>{@code
 * String text = Sampler.generate(model, tokenizer, "And God said", SamplingConfig.defaults());
 * }</pre>
 */
public final class Sampler {
    private Sampler() {}

    /** Decodes the continuation of {@code prompt} as text (the prompt not included). */
    public static String generate(
            Decoder model, TextTokenizer tokenizer, String prompt, SamplingConfig config) {
        return tokenizer.decode(generate(model, tokenizer.encode(prompt), config));
    }

    /**
     * The ids of {@code config.maxTokens()} tokens continuing {@code prompt}.
     *
     * @throws IllegalArgumentException if the prompt is empty
     */
    public static int[] generate(Decoder model, int[] prompt, SamplingConfig config) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("Sampling needs a prompt of at least one token.");
        }
        int context = model.config().contextLength();
        Random random = new Random(config.seed());
        int[] history = Arrays.copyOf(prompt, prompt.length + config.maxTokens());
        int length = prompt.length;
        NDManager parent =
                ParameterPaths.of(model).values().iterator().next().getArray().getManager();
        try (NDManager manager = parent.newSubManager();
                GradMode off = GradMode.disabled()) {
            ParameterStore store = new ParameterStore(manager, false);
            NDList cache = null;
            float[] logits = null;
            for (int produced = 0; produced < config.maxTokens(); produced++) {
                Interrupts.check();
                if (cache == null || cache.get(0).getShape().get(2) >= context) {
                    int from = Math.max(0, length - (context - 1));
                    int[] window = Arrays.copyOfRange(history, from, length);
                    NDList out = forward(model, store, manager, window, null);
                    cache = out.subNDList(1);
                    logits = lastLogits(out.head());
                } else if (logits == null) {
                    throw new IllegalStateException("No logits to sample from.");
                }
                int next = pick(logits, config, random);
                history[length++] = next;
                if (produced + 1 < config.maxTokens()) {
                    NDList out = forward(model, store, manager, new int[] {next}, cache);
                    cache = out.subNDList(1);
                    logits = lastLogits(out.head());
                }
            }
        }
        return Arrays.copyOfRange(history, prompt.length, length);
    }

    private static NDList forward(
            Decoder model, ParameterStore store, NDManager manager, int[] ids, NDList cache) {
        NDList in = new NDList(manager.create(ids, new Shape(1, ids.length)));
        if (cache != null) {
            in.addAll(cache);
        }
        return model.forward(store, in, false);
    }

    private static float[] lastLogits(NDArray logits) {
        long t = logits.getShape().get(1);
        return logits.get(0).get(t - 1).toFloatArray(); // (V)
    }

    /**
     * Draws a token from {@code logits} after temperature, top-k and top-p; the arg-max at
     * temperature 0.
     */
    public static int pick(float[] logits, SamplingConfig config, Random random) {
        int v = logits.length;
        if (config.temperature() == 0) {
            int best = 0;
            for (int i = 1; i < v; i++) {
                if (logits[i] > logits[best]) {
                    best = i;
                }
            }
            return best;
        }
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(logits[b], logits[a]));
        int keep = config.topK() > 0 ? Math.min(config.topK(), v) : v;
        double max = logits[order[0]] / config.temperature();
        double[] p = new double[keep];
        double z = 0;
        for (int i = 0; i < keep; i++) {
            p[i] = Math.exp(logits[order[i]] / config.temperature() - max);
            z += p[i];
        }
        double cumulative = 0;
        int nucleus = keep;
        for (int i = 0; i < keep; i++) {
            cumulative += p[i] / z;
            if (cumulative >= config.topP()) {
                nucleus = i + 1;
                break;
            }
        }
        double total = 0;
        for (int i = 0; i < nucleus; i++) {
            total += p[i];
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < nucleus; i++) {
            u -= p[i];
            if (u <= 0) {
                return order[i];
            }
        }
        return order[nucleus - 1];
    }
}
