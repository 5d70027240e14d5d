package org.paramlab.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;
import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.lm.sample.Perplexity;
import org.paramlab.lm.sample.Sampler;
import org.paramlab.lm.sample.SamplingConfig;
import org.paramlab.lm.text.CharTokenizer;
import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.StopReason;
import org.paramlab.train.TrainResult;

class MemorizationTest {

    /** Tiny models train fastest on one intra-op thread, and a busy machine does not stall it. */
    @org.junit.jupiter.api.BeforeAll
    static void singleThreaded() {
        org.paramlab.train.EngineThreads.set(1);
    }

    /** Every character has one successor, so a model that memorised the cycle has loss → 0. */
    static final String CYCLE = "Thequickbrownfxjmps vlazydg.";

    @Test
    void aSmallDecoderMemorisesATinyCorpusAndRecitesIt() {
        String text = CYCLE.repeat(8);
        CharTokenizer chars = CharTokenizer.fit(text);
        TokenCorpus corpus = TokenCorpus.contiguous(text, chars, 0.3);
        var model = DecoderConfig.llama(chars.vocabSize(), 24, 32, 2, 4, 2);
        LmRunConfig config =
                LmRunConfig.forTokens(model, 300 * 8 * 24, 8, LrSchedule.cosine(1e-2, 0.05, 0.1));
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder decoder = Decoder.build(model, manager);
            TrainResult result = LmRun.train(decoder, config, corpus, null);
            assertEquals(StopReason.COMPLETED, result.stopReason());
            assertTrue(result.finalTrainLoss() < 0.05, "train loss " + result.finalTrainLoss());
            assertTrue(result.finalLoss() < 0.1, "held-out loss " + result.finalLoss());
            Perplexity ppl = Perplexity.evaluate(decoder, chars.encode(CYCLE + CYCLE));
            assertTrue(ppl.perplexity() < 1.1, "perplexity " + ppl.perplexity());
            String recited =
                    Sampler.generate(decoder, chars, "Thequick", SamplingConfig.greedy(20));
            assertEquals("brownfxjmps vlazydg.", recited);
        }
    }
}
