package org.paramlab.lm.steplaw;

import org.paramlab.lm.LmRun;
import org.paramlab.lm.LmRunConfig;
import org.paramlab.lm.LmRunResult;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.lm.model.FlopCount;
import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.LrSchedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Step Law experiment at character scale (Houyi Li et al., StepFun, "Predictable Scale: Part I
 * — Optimal Hyperparameter Scaling Law in Large Language Model Pretraining", 2025,
 * arXiv:2503.04715): the optimal peak learning rate and batch size as power laws
 *
 * <pre>
 *   η*(N, D) = 1.79·N^−0.713·D^0.307,       B*(D) = 0.58·D^0.571   (B in tokens)
 * </pre>
 *
 * with N the non-embedding parameters and D the training tokens. These constants are as quoted by
 * the paper's public summary; the fitting procedure follows the authors' repository ({@code
 * step-law/steplaw}, {@code code/fit_tool.py}).
 *
 * <p>Runs here: two-layer LLaMA-style character decoders (RMSNorm, RoPE, SwiGLU) with context
 * {@value #CONTEXT}, AdamW (0.9, 0.95), weight decay 0.1, warm-up over 2% of the updates then
 * cosine decay to a fixed final rate of 1e-5 (the paper fixes the final rate rather than a fraction
 * of the peak), gradient clipping at 1.
 */
public final class StepLaw {
    /** η* prefactor. */
    public static final double LR_PREFACTOR = 1.79;

    /** η*'s exponent on N. */
    public static final double LR_N = -0.713;

    /** η*'s exponent on D. */
    public static final double LR_D = 0.307;

    /** B*'s prefactor (tokens). */
    public static final double BATCH_PREFACTOR = 0.58;

    /** B*'s exponent on D. */
    public static final double BATCH_D = 0.571;

    /** Sequence length of every run. */
    public static final int CONTEXT = 64;

    /** The paper's fixed final learning rate. */
    public static final double FINAL_LR = 1e-5;

    private StepLaw() {}

    /** η*(N, D) of the paper's law. */
    public static double predictedLr(double n, double d) {
        return LR_PREFACTOR * Math.pow(n, LR_N) * Math.pow(d, LR_D);
    }

    /** B*(D) of the paper's law, in tokens. */
    public static double predictedBatchTokens(double d) {
        return BATCH_PREFACTOR * Math.pow(d, BATCH_D);
    }

    /** B*(D) in sequences of {@value #CONTEXT} tokens, rounded, at least 1. */
    public static int predictedBatch(double d) {
        return (int) Math.max(1, Math.round(predictedBatchTokens(d) / CONTEXT));
    }

    /** The model of width {@code width}: 2 layers, heads of width 12 (d a multiple of 12). */
    public static DecoderConfig model(int vocabSize, int width) {
        return DecoderConfig.llama(vocabSize, CONTEXT, width, 2, width / 12, width / 12);
    }

    /** N of the model of width {@code width}. */
    public static long nonEmbeddingParameters(int vocabSize, int width) {
        return FlopCount.of(model(vocabSize, width), CONTEXT).nonEmbeddingParameters();
    }

    /** The run configuration of a grid point. */
    public static LmRunConfig config(StepLawPoint p, int vocabSize) {
        double floor = Math.min(1, FINAL_LR / p.lr());
        LmRunConfig config =
                LmRunConfig.forTokens(
                                model(vocabSize, p.width()),
                                p.tokens(),
                                p.batch(),
                                LrSchedule.cosine(p.lr(), 0.02, floor))
                        .withSeed(p.seed());
        return config.withTrainer(config.trainer().withEvalEvery(0));
    }

    /** Trains one grid point. */
    public static StepLawRun run(StepLawPoint p, TokenCorpus corpus) {
        LmRunResult r = LmRun.run(config(p, corpus.tokenizer().vocabSize()), corpus);
        return new StepLawRun(
                r.nonEmbeddingParameters(),
                r.tokens(),
                r.validationLoss(),
                r.trainLoss(),
                r.diverged(),
                r.seconds());
    }

    /** The grid: every width × budget × rate × batch, in that nesting order. */
    public static List<StepLawPoint> grid(
            int vocabSize,
            List<Integer> widths,
            List<Long> budgets,
            List<Double> lrs,
            List<Integer> batches,
            long seed) {
        List<StepLawPoint> points = new ArrayList<>();
        for (int w : widths) {
            for (long d : budgets) {
                String cell = cellLabel(nonEmbeddingParameters(vocabSize, w), d);
                for (double lr : lrs) {
                    for (int b : batches) {
                        points.add(new StepLawPoint(cell, w, d, lr, b, seed));
                    }
                }
            }
        }
        return points;
    }

    /** The points at the law's (η*, B*) for each cell of {@code grid}, one per cell. */
    public static List<StepLawPoint> predictedPoints(int vocabSize, List<StepLawPoint> grid) {
        List<StepLawPoint> points = new ArrayList<>();
        for (StepLawPoint p : grid) {
            boolean seen = points.stream().anyMatch(q -> q.cell().equals(p.cell()));
            if (!seen) {
                long n = nonEmbeddingParameters(vocabSize, p.width());
                points.add(
                        new StepLawPoint(
                                p.cell(),
                                p.width(),
                                p.tokens(),
                                predictedLr(n, p.tokens()),
                                predictedBatch(p.tokens()),
                                p.seed()));
            }
        }
        return points;
    }

    /** The law's η* and B* for every width × budget: N, D, η*, B* in tokens and sequences. */
    public static tech.tablesaw.api.Table predictions(
            int vocabSize, List<Integer> widths, List<Long> budgets) {
        var cell = tech.tablesaw.api.StringColumn.create("cell");
        var n = tech.tablesaw.api.DoubleColumn.create("N");
        var d = tech.tablesaw.api.DoubleColumn.create("D");
        var lr = tech.tablesaw.api.DoubleColumn.create("η*");
        var batchTokens = tech.tablesaw.api.DoubleColumn.create("B* (tokens)");
        var batch = tech.tablesaw.api.DoubleColumn.create("B* (sequences)");
        for (int w : widths) {
            long params = nonEmbeddingParameters(vocabSize, w);
            for (long tokens : budgets) {
                cell.append(cellLabel(params, tokens));
                n.append(params);
                d.append(tokens);
                lr.append(predictedLr(params, tokens));
                batchTokens.append(predictedBatchTokens(tokens));
                batch.append(predictedBatch(tokens));
            }
        }
        return tech.tablesaw.api.Table.create("Step Law predictions")
                .addColumns(cell, n, d, lr, batchTokens, batch);
    }

    /** e.g. {@code N31k/D0.5M}. */
    public static String cellLabel(long n, long d) {
        return String.format(Locale.ROOT, "N%dk/D%sM", Math.round(n / 1000.0), trim(d / 1e6));
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
