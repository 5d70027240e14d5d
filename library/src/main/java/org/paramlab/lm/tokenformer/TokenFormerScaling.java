package org.paramlab.lm.tokenformer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.paramlab.lm.LmBatches;
import org.paramlab.lm.LmRun;
import org.paramlab.lm.LmRunConfig;
import org.paramlab.lm.LmRunResult;
import org.paramlab.lm.model.Decoder;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.lm.model.FfnKind;
import org.paramlab.lm.model.FlopCount;
import org.paramlab.lm.model.Growth;
import org.paramlab.lm.model.LayerSpec;
import org.paramlab.lm.model.PattentionNorm;
import org.paramlab.lm.sample.Perplexity;
import org.paramlab.lm.sample.Sampler;
import org.paramlab.lm.sample.SamplingConfig;
import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.Checkpoint;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.MetricCurve;
import org.paramlab.train.OptimizerState;
import org.paramlab.train.TrainResult;

import java.nio.file.Path;
import java.util.Collections;

/**
 * TokenFormer's progressive scaling at character scale (Wang, Fan, Naeem, Xian, Lenssen, Wang,
 * Tombari, Schiele, "TokenFormer: Rethinking Transformer Scaling with Tokenized Model Parameters",
 * ICLR 2025, arXiv:2410.23168): a small TokenFormer is grown by zero-initialised parameter tokens
 * (its optimizer moments carried over, zero for the new tokens) and trained further, against a big
 * one trained from scratch and a dense Transformer of the small one's size.
 *
 * <p>Models: {@value #LAYERS} layers, d = {@value #WIDTH}, {@value #HEADS} heads, LayerNorm, RoPE,
 * context {@value #CONTEXT}. A Pattention layer d → d with n tokens holds 2nd parameters, as many
 * as a linear map d → d when n = d/2 or an MLP d → n → d, so the dense baseline with FFN width f
 * matches a TokenFormer with d/2 attention tokens and f FFN tokens exactly. Training: B = {@value
 * #BATCH}, AdamW (0.9, 0.95), weight decay 0.1, cosine schedule with 2% warm-up to 10% of peak
 * {@value #LR}, clipping at 1; a grown model restarts the same schedule over its own updates.
 */
public final class TokenFormerScaling {
    /** Layers. */
    public static final int LAYERS = 4;

    /** d. */
    public static final int WIDTH = 128;

    /** Attention heads. */
    public static final int HEADS = 4;

    /** Sequence length. */
    public static final int CONTEXT = 64;

    /** Sequences per update. */
    public static final int BATCH = 16;

    /** Peak learning rate. */
    public static final double LR = 2e-3;

    private TokenFormerScaling() {}

    /** A TokenFormer with the given token counts. */
    public static DecoderConfig tokenFormer(
            int vocabSize, int attentionTokens, int ffnTokens, PattentionNorm norm) {
        return DecoderConfig.tokenFormer(
                vocabSize, CONTEXT, WIDTH, LAYERS, HEADS, attentionTokens, ffnTokens, norm);
    }

    /**
     * The dense Transformer of a TokenFormer's size: same norm, positions and heads, GELU MLP of
     * width {@code ffnWidth} (= the TokenFormer's FFN tokens for equal parameters when its
     * attention has d/2 tokens per projection).
     */
    public static DecoderConfig transformer(int vocabSize, int ffnWidth) {
        DecoderConfig tf = tokenFormer(vocabSize, WIDTH / 2, ffnWidth, PattentionNorm.L2_GELU);
        return new DecoderConfig(
                vocabSize,
                CONTEXT,
                WIDTH,
                WIDTH / HEADS,
                Collections.nCopies(LAYERS, new LayerSpec(HEADS, HEADS, ffnWidth)),
                tf.norm(),
                tf.positions(),
                FfnKind.GELU,
                null,
                0,
                tf.ropeBase(),
                tf.seed());
    }

    /** The model of a point (for a grown point, the grown size). */
    public static DecoderConfig model(TokenFormerPoint p, int vocabSize) {
        DecoderConfig c =
                p.transformer()
                        ? transformer(vocabSize, p.ffnTokens())
                        : tokenFormer(vocabSize, p.attentionTokens(), p.ffnTokens(), p.norm());
        return c.withSeed(p.seed());
    }

    /**
     * The run configuration of a point: up to 15 evaluations (at most one per 10 updates), state
     * kept.
     */
    public static LmRunConfig config(TokenFormerPoint p, DecoderConfig model) {
        long tokens = p.steps() * BATCH * CONTEXT;
        LmRunConfig config =
                LmRunConfig.forTokens(model, tokens, BATCH, LrSchedule.cosine(LR, 0.02, 0.1))
                        .withSeed(p.seed());
        return config.withTrainer(
                config.trainer()
                        .withEvalEvery((int) Math.max(10, p.steps() / 15))
                        .withKeepOptimizerState(true));
    }

    /** Trains one point (growing it first if it names a checkpoint) and checkpoints it if asked. */
    public static TokenFormerRun run(TokenFormerPoint p, TokenCorpus corpus) {
        int v = corpus.tokenizer().vocabSize();
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model;
            OptimizerState state = null;
            double change = Double.NaN;
            if (!p.growFrom().isEmpty()) {
                DecoderConfig smallConfig =
                        tokenFormer(v, p.grownAttentionTokens(), p.grownFfnTokens(), p.norm())
                                .withSeed(p.seed());
                Decoder small = Decoder.build(smallConfig, manager);
                state = Checkpoint.load(Path.of(p.growFrom()), small);
                DecoderConfig target =
                        Growth.tokenFormerTarget(
                                smallConfig, p.attentionTokens(), p.ffnTokens(), true);
                model = Growth.grow(small, target, manager);
                change = maxLogitChange(small, model, corpus);
            } else {
                model = Decoder.build(model(p, v), manager);
            }
            LmRunConfig config = config(p, model.config());
            TrainResult result = LmRun.train(model, config, corpus, state);
            if (!p.saveTo().isEmpty()) {
                Checkpoint.save(Path.of(p.saveTo()), model, result.optimizerState());
            }
            LmRunResult r = LmRun.summarize(config, result);
            double flopsPerToken = FlopCount.of(model.config(), CONTEXT).trainingFlopsPerToken();
            MetricCurve byFlops = r.validationCurve().scaleX(flopsPerToken);
            return new TokenFormerRun(
                    r.nonEmbeddingParameters(),
                    r.validationLoss(),
                    r.trainLoss(),
                    r.flops(),
                    byFlops,
                    change,
                    r.seconds());
        }
    }

    /**
     * max |Δlogit| between the model checkpointed by {@code small} and the same model grown to
     * (attentionTokens, ffnTokens), τ kept or recomputed as √n.
     */
    public static double growthChange(
            TokenFormerPoint small,
            int attentionTokens,
            int ffnTokens,
            boolean keepTau,
            TokenCorpus corpus) {
        int v = corpus.tokenizer().vocabSize();
        try (NDManager manager = NDManager.newBaseManager()) {
            DecoderConfig config = model(small, v);
            Decoder model = Decoder.build(config, manager);
            Checkpoint.load(Path.of(small.saveTo()), model);
            Decoder big =
                    Growth.grow(
                            model,
                            Growth.tokenFormerTarget(config, attentionTokens, ffnTokens, keepTau),
                            manager);
            return maxLogitChange(model, big, corpus);
        }
    }

    /**
     * Text sampled from the model checkpointed by {@code point} after {@code prompt}, and that
     * model's perplexity on the first {@code perplexityChars} validation characters.
     */
    public static String sample(
            TokenFormerPoint point,
            TokenCorpus corpus,
            String prompt,
            SamplingConfig sampling,
            int perplexityChars) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Decoder model = Decoder.build(model(point, corpus.tokenizer().vocabSize()), manager);
            Checkpoint.load(Path.of(point.saveTo()), model);
            String text = Sampler.generate(model, corpus.tokenizer(), prompt, sampling);
            int[] ids =
                    java.util.Arrays.copyOf(
                            corpus.validation(),
                            Math.min(perplexityChars, corpus.validation().length));
            Perplexity ppl = Perplexity.evaluate(model, ids);
            return String.format(
                    java.util.Locale.ROOT,
                    "%s%s%n(perplexity %.3f per character, %.3f bits/char, on %d validation characters)",
                    prompt,
                    text,
                    ppl.perplexity(),
                    ppl.bitsPerToken(),
                    ppl.tokens() + 1);
        }
    }

    /** {@code curve} with {@code dx} added to every abscissa (e.g. FLOPs spent before a run). */
    public static MetricCurve shift(MetricCurve curve, double dx) {
        return new MetricCurve(
                curve.name(),
                java.util.Arrays.stream(curve.x()).map(x -> x + dx).toArray(),
                curve.y());
    }

    /** max |Δlogit| between two models on the first validation batch. */
    public static double maxLogitChange(Decoder a, Decoder b, TokenCorpus corpus) {
        NDManager parent =
                org.paramlab.train.ParameterPaths.of(a)
                        .values()
                        .iterator()
                        .next()
                        .getArray()
                        .getManager();
        try (NDManager sub = parent.newSubManager()) {
            var batch = new LmBatches(corpus, 4, CONTEXT, 1, 0).heldOutBatch(sub, 0);
            NDArray la = a.logits(batch.inputs().head());
            NDArray lb = b.logits(batch.inputs().head());
            return la.sub(lb).abs().max().getFloat();
        }
    }
}
