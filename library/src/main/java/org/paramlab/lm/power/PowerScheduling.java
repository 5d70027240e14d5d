package org.paramlab.lm.power;

import org.paramlab.lm.LmRun;
import org.paramlab.lm.LmRunConfig;
import org.paramlab.lm.LmRunResult;
import org.paramlab.lm.fit.LogLinearFit;
import org.paramlab.lm.fit.PowerLawFit;
import org.paramlab.lm.fit.QuadraticFit;
import org.paramlab.lm.model.DecoderConfig;
import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.DecayShape;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.sweep.SweepResult;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Power-scheduler study at character scale (Shen, Stallone, Mishra, Zhang, Tan, Prasad, Meza
 * Soria, Cox, Panda, "Power Scheduler: A Batch Size and Token Number Agnostic Learning Rate
 * Scheduler", 2024, arXiv:2408.13359). Phase 1 trains with WSD (1% warm-up, 10% exponential decay
 * to zero) over a grid of peak rates, batch sizes and token budgets, locates the optimal rate of
 * each (B, T) by a parabola in ln η, and fits η_opt/β = a·T^b. Phase 2 trains with the Power
 * scheduler η(n) = min(η_max, β·a·n^b) (same warm-up and decay) at a larger budget and compares it
 * with WSD tuned at a smaller budget and with WSD tuned at the larger one.
 *
 * <p>Model: two-layer GPT-style decoder (LayerNorm, learned positions, GELU) with μP relative to
 * base width {@value #BASE_WIDTH}, context {@value #CONTEXT}, AdamW (0.9, 0.95), weight decay 0.1,
 * clipping at 1.
 */
public final class PowerScheduling {
    /** μP's base width. */
    public static final int BASE_WIDTH = 64;

    /** Sequence length. */
    public static final int CONTEXT = 64;

    /** WSD's and Power's warm-up fraction (the paper's 1%). */
    public static final double WARMUP = 0.01;

    /** WSD's and Power's decay fraction (10%). */
    public static final double DECAY = 0.1;

    private PowerScheduling() {}

    /** The two-layer μP model of width {@code width} (heads of width 16). */
    public static DecoderConfig model(int vocabSize, int width) {
        return DecoderConfig.gpt(vocabSize, CONTEXT, width, 2, width / 16).withMuP(BASE_WIDTH);
    }

    /** WSD with peak {@code lr}, 1% warm-up and 10% exponential decay to zero. */
    public static LrSchedule wsd(double lr) {
        return new LrSchedule.WarmupStableDecay(lr, WARMUP, DECAY, 0, DecayShape.EXPONENTIAL);
    }

    /** The Power scheduler with the fitted (a, b) for batch size {@code batch}. */
    public static LrSchedule power(double a, double b, double etaMax, int batch) {
        return new LrSchedule.Power(
                a,
                b,
                etaMax,
                batch,
                (long) batch * CONTEXT,
                WARMUP,
                DECAY,
                0,
                DecayShape.EXPONENTIAL);
    }

    /** Trains one point. */
    public static PowerRun run(PowerPoint p, TokenCorpus corpus) {
        LmRunConfig config =
                LmRunConfig.forTokens(
                                model(corpus.tokenizer().vocabSize(), p.width()),
                                p.tokens(),
                                p.batch(),
                                p.schedule())
                        .withSeed(p.seed());
        config = config.withTrainer(config.trainer().withEvalEvery(0));
        LmRunResult r = LmRun.run(config, corpus);
        return new PowerRun(
                r.validationLoss(), r.trainLoss(), r.tokens(), r.diverged(), r.seconds());
    }

    /** Phase 1: WSD at every rate × batch × budget. */
    public static List<PowerPoint> wsdGrid(
            int width, List<Double> lrs, List<Integer> batches, List<Long> budgets, long seed) {
        List<PowerPoint> points = new ArrayList<>();
        for (long t : budgets) {
            for (int b : batches) {
                for (double lr : lrs) {
                    points.add(new PowerPoint(label("wsd", lr, b, t), width, b, t, wsd(lr), seed));
                }
            }
        }
        return points;
    }

    /** e.g. {@code wsd η=0.003 B=16 T=1M}. */
    public static String label(String kind, double lr, int batch, long tokens) {
        return String.format(
                java.util.Locale.ROOT, "%s η=%.3g B=%d T=%.3gM", kind, lr, batch, tokens / 1e6);
    }

    /**
     * The optimum of one (B, T) cell of phase 1.
     *
     * @param batch B
     * @param tokens T
     * @param parabola loss against ln η (diverged runs left out), or null with fewer than 3 rates
     * @param optimum the parabola's vertex if it is convex and inside the grid, else the best rate
     * @param fromParabola whether the optimum is the parabola's vertex
     * @param bestLoss the smallest loss of the cell
     * @param atEdge whether the best rate is the grid's smallest or largest, so that the true
     *     optimum may lie beyond the grid and the cell says little about the law
     */
    public record Optimum(
            int batch,
            long tokens,
            QuadraticFit parabola,
            double optimum,
            boolean fromParabola,
            double bestLoss,
            boolean atEdge) {}

    /** How many of {@code optima} have their best rate at an end of the grid. */
    public static long atEdge(List<Optimum> optima) {
        return optima.stream().filter(Optimum::atEdge).count();
    }

    /** Locates η_opt in every (B, T) cell of {@code sweep}. */
    public static List<Optimum> optima(SweepResult<PowerPoint, PowerRun> sweep) {
        Map<String, TreeMap<Double, Double>> cells = new LinkedHashMap<>();
        Map<String, PowerPoint> example = new LinkedHashMap<>();
        for (var e : sweep.entries()) {
            if (e.result().diverged()) {
                continue;
            }
            String key = e.config().batch() + "/" + e.config().tokens();
            cells.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(e.config().lr(), e.result().loss(), Math::min);
            example.put(key, e.config());
        }
        List<Optimum> optima = new ArrayList<>();
        for (var cell : cells.entrySet()) {
            TreeMap<Double, Double> byLr = cell.getValue();
            double best =
                    byLr.entrySet().stream()
                            .min(Map.Entry.comparingByValue())
                            .orElseThrow()
                            .getKey();
            QuadraticFit parabola = null;
            double optimum = best;
            boolean fromParabola = false;
            if (byLr.size() >= 3) {
                parabola =
                        QuadraticFit.inLogX(
                                byLr.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                                byLr.values().stream().mapToDouble(Double::doubleValue).toArray());
                double vertex = parabola.argmin();
                if (vertex >= byLr.firstKey() && vertex <= byLr.lastKey()) {
                    optimum = vertex;
                    fromParabola = true;
                }
            }
            PowerPoint p = example.get(cell.getKey());
            optima.add(
                    new Optimum(
                            p.batch(),
                            p.tokens(),
                            parabola,
                            optimum,
                            fromParabola,
                            byLr.get(best),
                            byLr.size() > 1
                                    && (best == byLr.firstKey() || best == byLr.lastKey())));
        }
        return optima;
    }

    /**
     * The law η_opt/β = a·T^b: fitted over the cells when they span at least two budgets, else
     * (smoke scale) the exponent {@code fallbackB} through the single measured optimum, with NaN
     * intervals and R².
     */
    public static PowerLawFit law(List<Optimum> optima, double fallbackB, long seed) {
        if (optima.stream().mapToLong(Optimum::tokens).distinct().count() >= 2) {
            return fitPowerLaw(optima, seed);
        }
        Optimum o = optima.get(0);
        double a = o.optimum() / o.batch() / Math.pow(o.tokens(), fallbackB);
        return new PowerLawFit(
                a, fallbackB, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1);
    }

    /**
     * The law phase 2 can schedule with: {@code law} itself when its exponent is negative;
     * otherwise (a fit saying the optimal rate does not fall with tokens, which the Power scheduler
     * cannot express) the exponent {@code fallbackB} through the optima's geometric mean, ln a =
     * mean(ln(η_opt/β) − b·ln T), with NaN intervals. The fitted law still decides the power-law
     * claim; this only keeps the later experiments runnable.
     */
    public static PowerLawFit schedulable(PowerLawFit law, List<Optimum> optima, double fallbackB) {
        if (law.b() < 0) {
            return law;
        }
        double lnA =
                optima.stream()
                        .mapToDouble(
                                o ->
                                        Math.log(o.optimum() / o.batch())
                                                - fallbackB * Math.log(o.tokens()))
                        .average()
                        .orElseThrow(() -> new IllegalArgumentException("No optima to anchor on"));
        return new PowerLawFit(
                Math.exp(lnA),
                fallbackB,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                optima.size());
    }

    /**
     * Phase 2 at width {@code width}, batch {@code batch}, {@code tokens} tokens: the Power
     * scheduler with {@code law}, WSD at {@code tunedLr} (the optimum found at a smaller budget),
     * and WSD at each of {@code longLrs}.
     */
    public static List<PowerPoint> phaseTwo(
            int width,
            int batch,
            long tokens,
            PowerLawFit law,
            double etaMax,
            double tunedLr,
            List<Double> longLrs,
            long seed) {
        List<PowerPoint> points = new ArrayList<>();
        points.add(
                new PowerPoint(
                        "power",
                        width,
                        batch,
                        tokens,
                        power(law.a(), law.b(), etaMax, batch),
                        seed));
        points.add(new PowerPoint("wsd tuned short", width, batch, tokens, wsd(tunedLr), seed));
        for (double lr : longLrs) {
            points.add(
                    new PowerPoint(
                            label("wsd", lr, batch, tokens), width, batch, tokens, wsd(lr), seed));
        }
        return points;
    }

    /** The law's η_opt for batch {@code batch} after {@code tokens} tokens, β·a·T^b. */
    public static double predictedOptimum(PowerLawFit law, int batch, long tokens) {
        return batch * law.predict(tokens);
    }

    /** The optimum of cell (B, T), or NaN if the sweep has no such cell. */
    public static double optimumAt(List<Optimum> optima, int batch, long tokens) {
        return optima.stream()
                .filter(o -> o.batch() == batch && o.tokens() == tokens)
                .mapToDouble(Optimum::optimum)
                .findFirst()
                .orElse(Double.NaN);
    }

    /** Loss against η for each (B, T) cell, with its parabola. */
    public static org.knowm.xchart.XYChart lossVsLr(
            SweepResult<PowerPoint, PowerRun> sweep, List<Optimum> optima) {
        var chart =
                org.paramlab.lm.LmPlots.semiLogX(
                        "WSD: final loss against peak η", "η", "validation loss (nats/char)");
        for (Optimum o : optima) {
            var runs =
                    sweep.where(p -> p.batch() == o.batch() && p.tokens() == o.tokens()).stream()
                            .filter(e -> !e.result().diverged())
                            .toList();
            double[] x = runs.stream().mapToDouble(e -> e.config().lr()).toArray();
            double[] y = runs.stream().mapToDouble(e -> e.result().loss()).toArray();
            String name =
                    String.format(
                            java.util.Locale.ROOT, "B=%d, T=%.3gM", o.batch(), o.tokens() / 1e6);
            org.paramlab.lm.LmPlots.points(chart, name, x, y);
            if (o.parabola() != null && o.parabola().convex()) {
                double lo = java.util.Arrays.stream(x).min().orElse(1e-4);
                double hi = java.util.Arrays.stream(x).max().orElse(1e-1);
                org.paramlab.lm.LmPlots.parabola(chart, name + " fit", o.parabola(), lo, hi);
            }
        }
        return chart;
    }

    /** The learning-rate curves of phase 2's schedules over {@code steps} updates. */
    public static org.knowm.xchart.XYChart schedules(List<PowerPoint> points, int steps) {
        var chart = org.paramlab.viz.Charts.xy("Learning-rate schedules", "tokens (M)", "η");
        for (PowerPoint p : points.subList(0, Math.min(2, points.size()))) {
            double[] eta = p.schedule().curve(steps);
            double[] x = new double[steps];
            for (int i = 0; i < steps; i++) {
                x[i] = (i + 1.0) * p.tokens() / steps / 1e6;
            }
            org.paramlab.viz.Charts.line(chart, p.label(), x, eta);
        }
        return chart;
    }

    /** η_opt/β = a·T^b over the cells (the paper's law, β the batch size in sequences). */
    public static PowerLawFit fitPowerLaw(List<Optimum> optima, long seed) {
        double[] t = optima.stream().mapToDouble(Optimum::tokens).toArray();
        double[] perBatch = optima.stream().mapToDouble(o -> o.optimum() / o.batch()).toArray();
        return PowerLawFit.fit(t, perBatch, 1000, seed);
    }

    /** ln η_opt = c + p·ln B + b·ln T: how η_opt actually scales with the batch size here. */
    public static LogLinearFit fitBatchAndTokens(List<Optimum> optima, long seed) {
        double[][] x =
                optima.stream()
                        .map(o -> new double[] {o.batch(), o.tokens()})
                        .toArray(double[][]::new);
        double[] y = optima.stream().mapToDouble(Optimum::optimum).toArray();
        return LogLinearFit.fit(x, y, List.of("B", "T"), 1000, seed);
    }

    /** One row per cell: B, T, the grid's best rate and loss, the parabola's vertex and R². */
    public static Table optimaTable(List<Optimum> optima) {
        DoubleColumn batch = DoubleColumn.create("B");
        DoubleColumn tokens = DoubleColumn.create("T");
        DoubleColumn optimum = DoubleColumn.create("η_opt");
        StringColumn source = StringColumn.create("from");
        DoubleColumn r2 = DoubleColumn.create("parabola R²");
        DoubleColumn loss = DoubleColumn.create("best loss");
        for (Optimum o : optima) {
            batch.append(o.batch());
            tokens.append(o.tokens());
            optimum.append(o.optimum());
            source.append(o.fromParabola() ? "parabola" : o.atEdge() ? "grid edge" : "grid best");
            r2.append(o.parabola() == null ? Double.NaN : o.parabola().rSquared());
            loss.append(o.bestLoss());
        }
        return Table.create("η_opt per (B, T)")
                .addColumns(batch, tokens, optimum, source, r2, loss);
    }
}
