package org.paramlab.lm.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.train.ParameterPaths;

import java.util.Arrays;
import java.util.Random;

class SamplerTest {

    /** Tiny models train fastest on one intra-op thread, and a busy machine does not stall it. */
    @org.junit.jupiter.api.BeforeAll
    static void singleThreaded() {
        org.paramlab.train.EngineThreads.set(1);
    }

    private static Decoder model(NDManager manager, DecoderConfig config) {
        Decoder decoder = Decoder.build(config, manager);
        var head = ParameterPaths.of(decoder).get(Decoder.HEAD).getArray();
        Random random = new Random(3);
        float[] values = new float[(int) head.size()];
        for (int i = 0; i < values.length; i++) values[i] = (float) random.nextGaussian();
        head.set(values);
        return decoder;
    }

    /** Greedy decoding by re-running the whole (windowed) sequence for every token. */
    private static int[] greedyWithoutCache(Decoder model, NDManager manager, int[] prompt, int n) {
        int context = model.config().contextLength();
        int[] history = Arrays.copyOf(prompt, prompt.length + n);
        int length = prompt.length;
        for (int i = 0; i < n; i++) {
            try (NDManager sub = manager.newSubManager()) {
                int from = Math.max(0, length - (context - 1));
                int[] window = Arrays.copyOfRange(history, from, length);
                float[] logits =
                        model.logits(sub.create(window, new Shape(1, window.length)))
                                .get(0)
                                .get(window.length - 1)
                                .toFloatArray();
                history[length++] = Sampler.pick(logits, SamplingConfig.greedy(1), new Random(0));
            }
        }
        return Arrays.copyOfRange(history, prompt.length, length);
    }

    @Test
    void cachedGreedyDecodingEqualsRecomputingEveryStep() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (DecoderConfig config :
                    new DecoderConfig[] {
                        DecoderConfig.gpt(13, 8, 32, 2, 4), DecoderConfig.llama(13, 8, 32, 2, 4, 2)
                    }) {
                Decoder model = model(manager, config);
                int[] prompt = {1, 5, 2};
                int[] cached =
                        Sampler.generate(
                                model, prompt, SamplingConfig.greedy(12)); // past the context
                assertArrayEquals(
                        greedyWithoutCache(model, manager, prompt, 12), cached, config.toString());
            }
        }
    }

    @Test
    void topKOfOneIsGreedyAndTopPKeepsTheNucleus() {
        float[] logits = {0.1f, 3.0f, 2.9f, -1f};
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            assertEquals(1, Sampler.pick(logits, new SamplingConfig(1.0, 1, 1.0, 1, 0), random));
            int p = Sampler.pick(logits, new SamplingConfig(1.0, 0, 0.5, 1, 0), random);
            assertEquals(1, p); // p(1) ≈ 0.50 alone reaches 0.5
            int two = Sampler.pick(logits, new SamplingConfig(1.0, 2, 1.0, 1, 0), random);
            assertTrue(two == 1 || two == 2);
        }
    }

    @Test
    void sameSeedSameSample() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = model(manager, DecoderConfig.gpt(13, 16, 32, 1, 4));
            var config = SamplingConfig.defaults().withMaxTokens(10);
            assertArrayEquals(
                    Sampler.generate(model, new int[] {2}, config),
                    Sampler.generate(model, new int[] {2}, config));
        }
    }

    @Test
    void anUntrainedModelHasThePerplexityOfTheVocabulary() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model =
                    Decoder.build(DecoderConfig.gpt(13, 8, 32, 1, 4), manager); // zero readout
            Perplexity ppl =
                    Perplexity.evaluate(
                            model,
                            new int[] {
                                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 1, 2, 3, 4, 5, 6, 7
                            });
            assertEquals(19, ppl.tokens());
            assertEquals(13, ppl.perplexity(), 1e-3);
        }
    }
}
