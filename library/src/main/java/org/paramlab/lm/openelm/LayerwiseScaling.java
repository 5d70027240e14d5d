package org.paramlab.lm.openelm;

import org.paramlab.lm.LmRun;
import org.paramlab.lm.LmRunConfig;
import org.paramlab.lm.LmRunResult;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.lm.model.FlopCount;
import org.paramlab.lm.model.LayerSpec;
import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.MetricCurve;

import java.util.Collections;

/**
 * OpenELM's layer-wise scaling against an isotropic decoder of the same size (Mehta, Sekhavat, Cao,
 * Horton, Jin, Sun, Mirzadeh, Najibi, Belenko, Zatloukal, Rastegari, "OpenELM: An Efficient
 * Language Model Family with Open Training and Inference Framework", 2024, arXiv:2404.14619, §3.1):
 * layer i gets α_i·d/h query heads and a SwiGLU of width β_i·d, α and β rising linearly with depth
 * (OpenELM: α 0.5 → 1.0, β 0.5 → 4.0).
 *
 * <p>Both models: {@value #LAYERS} layers, d = {@value #WIDTH}, head width {@value #HEAD_DIM},
 * grouped-query attention with 2 query heads per key/value head, RMSNorm, RoPE, SwiGLU, context
 * {@value #CONTEXT}. The isotropic model has 8 heads and SwiGLU width 344 (⌈8d/3⌉) in every layer;
 * the layer-wise model uses OpenELM's α range and a β range (0.5, 4.0)·s with s chosen so its
 * non-embedding parameters match the isotropic model's within 2%. Training: AdamW (0.9, 0.95),
 * weight decay 0.1, cosine schedule with 2% warm-up to 10% of the peak (OpenELM's ratio), clipping
 * at 1, the same peak for both (not tuned per architecture).
 */
public final class LayerwiseScaling {
    /** Layers of both models. */
    public static final int LAYERS = 6;

    /** d of both models. */
    public static final int WIDTH = 128;

    /** Head width. */
    public static final int HEAD_DIM = 16;

    /** Sequence length. */
    public static final int CONTEXT = 128;

    private LayerwiseScaling() {}

    /** The isotropic model: 8 heads, 4 key/value heads, SwiGLU width 344 in every layer. */
    public static DecoderConfig isotropic(int vocabSize) {
        return DecoderConfig.llama(
                vocabSize, CONTEXT, WIDTH, LAYERS, WIDTH / HEAD_DIM, WIDTH / HEAD_DIM / 2);
    }

    /**
     * The layer-wise model with α ∈ [0.5, 1.0] and β ∈ [0.5, 4.0]·s, s the multiplier (searched
     * over [0.2, 2] in steps of 0.001) that brings N closest to the isotropic model's.
     *
     * @throws IllegalStateException if no multiplier matches within 2%
     */
    public static DecoderConfig layerwise(int vocabSize) {
        long target = parameters(isotropic(vocabSize));
        DecoderConfig best = null;
        long bestGap = Long.MAX_VALUE;
        for (int k = 200; k <= 2000; k++) {
            double s = k / 1000.0;
            DecoderConfig c =
                    DecoderConfig.openElm(
                            vocabSize, CONTEXT, WIDTH, HEAD_DIM, LAYERS, 0.5, 1.0, 0.5 * s, 4.0 * s,
                            2);
            long gap = Math.abs(parameters(c) - target);
            if (gap < bestGap) {
                bestGap = gap;
                best = c;
            }
        }
        if (bestGap > 0.02 * target) {
            throw new IllegalStateException(
                    "No β multiplier brings the layer-wise model within 2% of "
                            + target
                            + " parameters");
        }
        return best;
    }

    /** N, the non-embedding parameters. */
    public static long parameters(DecoderConfig config) {
        return FlopCount.of(config, CONTEXT).nonEmbeddingParameters();
    }

    /**
     * The run configuration of a point: cosine with 2% warm-up to 10%, up to 20 evaluations (one
     * per 10 updates at most) on 8 held-out batches.
     */
    public static LmRunConfig config(OpenElmPoint p) {
        LmRunConfig config =
                LmRunConfig.forTokens(
                                p.model(),
                                p.tokens(),
                                p.batch(),
                                LrSchedule.cosine(p.lr(), 0.02, 0.1))
                        .withSeed(p.seed());
        long steps = config.trainer().steps();
        return new LmRunConfig(
                config.model(),
                config.trainer().withEvalEvery((int) Math.max(10, steps / 20)),
                config.batchSize(),
                8,
                config.dataSeed());
    }

    /** Trains one point. */
    public static OpenElmRun run(OpenElmPoint p, TokenCorpus corpus) {
        LmRunResult r = LmRun.run(config(p), corpus);
        return new OpenElmRun(
                r.nonEmbeddingParameters(),
                r.validationLoss(),
                r.trainLoss(),
                r.validationCurve(),
                r.seconds());
    }

    /**
     * The tokens after which {@code curve} (loss against tokens) first reaches {@code target},
     * interpolating linearly between evaluations; NaN if it never does.
     */
    public static double tokensToReach(MetricCurve curve, double target) {
        double[] x = curve.x();
        double[] y = curve.y();
        for (int i = 0; i < y.length; i++) {
            if (y[i] <= target) {
                if (i == 0) {
                    return x[0];
                }
                double f = (y[i - 1] - target) / (y[i - 1] - y[i]);
                return x[i - 1] + f * (x[i] - x[i - 1]);
            }
        }
        return Double.NaN;
    }

    /** The per-layer (heads, key/value heads, FFN width) of a config, for display. */
    public static java.util.List<LayerSpec> layers(DecoderConfig config) {
        return Collections.unmodifiableList(config.layers());
    }
}
