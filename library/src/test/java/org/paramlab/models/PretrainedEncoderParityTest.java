package org.paramlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

/**
 * Our DJL BERT against ONNX Runtime running the same ONNX file on the same token ids: mean-pooled
 * sentence embeddings agree to 1e-4 on 24 sentences, with padding (lengths 3 to 64) and truncation
 * (four sentences longer than 64 tokens).
 */
class PretrainedEncoderParityTest {
    static final int MAX_LENGTH = 64;

    static final List<String> SENTENCES =
            List.of(
                    "In the beginning God created the heaven and the earth.",
                    "Jesus wept.",
                    "Hi",
                    "A fool and his money are soon parted.",
                    "The quick brown fox jumps over the lazy dog.",
                    "Blessed are the meek: for they shall inherit the earth.",
                    "Parameter-efficient fine-tuning trains a small fraction of the weights.",
                    "To be, or not to be, that is the question.",
                    "Numbers: 3.14159, 2.71828, and 1,000,000!",
                    "Ünïcödé tëxt with àccents and emoji 🙂 still tokenizes.",
                    "Low-rank adaptation freezes W and learns B A.",
                    "Why?",
                    "The LORD is my shepherd; I shall not want.",
                    "Please enter your account number followed by the pound key.",
                    "Es regnet.",
                    "Time flies like an arrow; fruit flies like a banana.",
                    "It was the best of times, it was the worst of times.",
                    "Seven",
                    "Vanity of vanities, saith the Preacher; all is vanity.",
                    "Matrices, tensors and gradients flow through the network.",
                    ("And it came to pass, when men began to multiply on the face of the earth,"
                                    + " and daughters were born unto them, that the sons of God"
                                    + " saw the daughters of men that they were fair; and they"
                                    + " took them wives of all which they chose. ")
                            .repeat(2),
                    "word ".repeat(100),
                    ("A very long sentence about transformers, attention heads, residual"
                                    + " connections, layer normalisation and feed-forward blocks, ")
                            .repeat(3),
                    "supercalifragilisticexpialidocious antidisestablishmentarianism ".repeat(8));

    @ParameterizedTest
    @EnumSource(PretrainedEncoder.class)
    void meanPooledEmbeddingsMatchOnnxRuntime(PretrainedEncoder which) throws OrtException {
        float[][] ours;
        HfTokenizer.TokenBatch batch;
        try (SentenceEncoder encoder = SentenceEncoder.load(which, MAX_LENGTH)) {
            batch = encoder.tokenizer().encode(SENTENCES);
            ours = encoder.embed(SENTENCES);
        }
        assertEquals(MAX_LENGTH, batch.length(), "the longest sentences are truncated");
        long truncated = SENTENCES.stream().filter(s -> s.length() > 300).count();
        assertTrue(truncated >= 4);
        float[][] reference = onnxRuntime(which.onnxBytes(), batch);
        double maxDiff = 0;
        for (int i = 0; i < SENTENCES.size(); i++) {
            for (int j = 0; j < reference[i].length; j++) {
                maxDiff = Math.max(maxDiff, Math.abs(reference[i][j] - ours[i][j]));
            }
        }
        System.out.printf(
                "%s: max |DJL - ORT| = %.3e over %d sentences%n", which, maxDiff, SENTENCES.size());
        assertTrue(maxDiff < 1e-4, which + ": max abs diff " + maxDiff);
    }

    /** ONNX Runtime on the whole padded batch, mean-pooled with the mask. */
    static float[][] onnxRuntime(byte[] model, HfTokenizer.TokenBatch batch) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(model, options);
                OnnxTensor ids = OnnxTensor.createTensor(env, batch.ids());
                OnnxTensor mask = OnnxTensor.createTensor(env, batch.mask());
                OnnxTensor types = OnnxTensor.createTensor(env, batch.types());
                OrtSession.Result result =
                        session.run(
                                Map.of(
                                        "input_ids", ids,
                                        "attention_mask", mask,
                                        "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            float[][] pooled = new float[hidden.length][hidden[0][0].length];
            for (int b = 0; b < hidden.length; b++) {
                double count = 0;
                for (int t = 0; t < hidden[b].length; t++) {
                    if (batch.mask()[b][t] == 1) {
                        count++;
                        for (int h = 0; h < pooled[b].length; h++) {
                            pooled[b][h] += hidden[b][t][h];
                        }
                    }
                }
                for (int h = 0; h < pooled[b].length; h++) {
                    pooled[b][h] /= (float) count;
                }
            }
            return pooled;
        }
    }
}
