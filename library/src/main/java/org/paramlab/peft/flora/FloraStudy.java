package org.paramlab.peft.flora;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.paramlab.peft.Peft;
import org.paramlab.peft.PeftModel;
import org.paramlab.peft.experiment.FineTuneRunner;
import org.paramlab.peft.experiment.ImageBatches;
import org.paramlab.peft.experiment.ImageTask;
import org.paramlab.peft.experiment.MethodSpec;
import org.paramlab.repro.SeedSpread;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.EngineThreads;
import org.paramlab.train.GradMode;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.TrainerConfig;
import org.paramlab.viz.Charts;
import org.paramlab.viz.ProgressBar;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FLoRA against LoRA on convolution kernels at matched parameter budgets, with full fine-tuning and
 * the head alone as the bounds (Si et al., arXiv:2405.14739, §4's convolution experiments, at
 * laptop scale): every method adapts the same {@link PretrainedConvNet} to a downstream task under
 * the same budget of updates and seeds, and is scored on the task's test images.
 *
 * <p>Budgets are matched by rank: {@link #loraRank} and {@link #floraRank} choose the rank whose
 * adapter size (head excluded) is closest to a target, from the closed forms {@link #loraCount} and
 * {@link #floraCount}.
 */
public final class FloraStudy {
    /** The classification head's module name in {@link SmallConvNet}. */
    public static final List<String> HEAD = List.of("head");

    private FloraStudy() {}

    /**
     * Every method with every seed on {@code task}, one progress bar over all runs.
     *
     * @throws java.util.concurrent.CancellationException if the cell is interrupted
     */
    public static List<FloraRunResult> run(
            PretrainedConvNet net,
            ImageTask task,
            List<MethodSpec> methods,
            List<Long> seeds,
            FloraStudyConfig config) {
        List<FloraRunResult> out = new ArrayList<>();
        int threads = EngineThreads.set(config.threads());
        try (ProgressBar bar =
                ProgressBar.start(task.name(), (long) methods.size() * seeds.size())) {
            for (long seed : seeds) {
                for (MethodSpec method : methods) {
                    bar.status(method.name() + ", seed " + seed);
                    out.add(run(net, task, method, seed, config));
                    bar.step();
                }
            }
        } finally {
            EngineThreads.set(Math.max(1, threads));
        }
        return out;
    }

    /** One method, one seed. */
    public static FloraRunResult run(
            PretrainedConvNet net,
            ImageTask task,
            MethodSpec method,
            long seed,
            FloraStudyConfig config) {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed((int) seed);
            SmallConvNet model = net.classifier(task.classes().size(), m);
            PeftModel peft = Peft.wrap(model, method.config());
            long head =
                    peft.trainableParameters().entrySet().stream()
                            .filter(e -> e.getKey().startsWith("head."))
                            .mapToLong(e -> e.getValue().getArray().size())
                            .sum();
            long adapter = peft.trainableCount() - head;
            ImageBatches batches = new ImageBatches(task, config.batchSize(), seed, false);
            long steps =
                    (long) config.epochs() * Math.max(1, task.train().size() / config.batchSize());
            TrainerConfig trainer =
                    TrainerConfig.defaults()
                            .withSteps(steps)
                            .withSchedule(LrSchedule.linear(method.learningRate(), 0.1, 0))
                            .withOptimizer(AdamWConfig.defaults())
                            .withMaxGradNorm(1.0)
                            .withEvalEvery((int) steps)
                            .withSeed(seed)
                            .withDisplay(config.display());
            long start = System.nanoTime();
            try (GradMode off = GradMode.disabled()) {
                new BlockTrainer(trainer, BatchMetric.crossEntropy()).train(peft.model(), batches);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double accuracy = FineTuneRunner.accuracy(peft.model(), batches, m);
            return new FloraRunResult(
                    method.name(), task.name(), seed, adapter, head, accuracy, seconds);
        }
    }

    /**
     * LoRA's parameters on the kernels {@code (out, in, k…)}: {@code Σ r·(in·K + out)}.
     *
     * @param kernels the adapted weights' shapes
     */
    public static long loraCount(List<Shape> kernels, int r) {
        long n = 0;
        for (Shape w : kernels) {
            n += (long) r * (w.slice(1).size() + w.get(0));
        }
        return n;
    }

    /**
     * FLoRA's parameters on the kernels: {@code Σ (Π rᵢ + Σ dimᵢ·rᵢ)} with the ranks of {@link
     * FloraConfig#ranks} (channel ranks capped at the channel counts).
     */
    public static long floraCount(List<Shape> kernels, int r, int kernelRank) {
        FloraConfig c = new FloraConfig(r, kernelRank, 1, List.of("unused"), List.of());
        long n = 0;
        for (Shape w : kernels) {
            long[] dims = w.getShape().clone();
            dims[0] = w.get(1);
            dims[1] = w.get(0);
            int[] ranks = c.ranks(dims);
            long core = 1;
            for (int i = 0; i < dims.length; i++) {
                core *= ranks[i];
                n += dims[i] * ranks[i];
            }
            n += core;
        }
        return n;
    }

    /** The LoRA rank whose {@link #loraCount} is closest to {@code budget}. */
    public static int loraRank(List<Shape> kernels, long budget) {
        return closest(r -> loraCount(kernels, r), budget);
    }

    /** The FLoRA channel rank whose {@link #floraCount} is closest to {@code budget}. */
    public static int floraRank(List<Shape> kernels, long budget, int kernelRank) {
        return closest(r -> floraCount(kernels, r, kernelRank), budget);
    }

    private static int closest(java.util.function.IntToLongFunction count, long budget) {
        int best = 1;
        for (int r = 1; r <= 512; r++) {
            if (Math.abs(count.applyAsLong(r) - budget)
                    < Math.abs(count.applyAsLong(best) - budget)) {
                best = r;
            }
        }
        return best;
    }

    /** One row per run. */
    public static Table table(List<FloraRunResult> runs) {
        StringColumn method = StringColumn.create("method");
        StringColumn task = StringColumn.create("task");
        LongColumn seed = LongColumn.create("seed");
        LongColumn adapter = LongColumn.create("adapter params");
        DoubleColumn accuracy = DoubleColumn.create("test acc");
        DoubleColumn seconds = DoubleColumn.create("train s");
        for (FloraRunResult r : runs) {
            method.append(r.method());
            task.append(r.task());
            seed.append(r.seed());
            adapter.append(r.adapterParameters());
            accuracy.append(SeedSpread.round4(r.testAccuracy()));
            seconds.append(Math.round(r.seconds() * 10) / 10.0);
        }
        return Table.create("runs").addColumns(method, task, seed, adapter, accuracy, seconds);
    }

    /** Mean test accuracy per method over the seeds, in the order methods first appear. */
    public static Map<String, Double> meanAccuracy(List<FloraRunResult> runs) {
        return SeedSpread.means(runs, FloraRunResult::method, FloraRunResult::testAccuracy);
    }

    /** Per method: adapter parameters, mean and spread of test accuracy over the seeds. */
    public static Table summary(List<FloraRunResult> runs) {
        StringColumn method = StringColumn.create("method");
        LongColumn adapter = LongColumn.create("adapter params");
        DoubleColumn mean = DoubleColumn.create("mean test acc");
        DoubleColumn spread = DoubleColumn.create("max − min");
        for (SeedSpread<FloraRunResult> g :
                SeedSpread.byGroup(runs, FloraRunResult::method, FloraRunResult::testAccuracy)) {
            method.append(g.group());
            adapter.append(g.first().adapterParameters());
            mean.append(SeedSpread.round4(g.mean()));
            spread.append(SeedSpread.round4(g.spread()));
        }
        String task = runs.isEmpty() ? "" : runs.get(0).task();
        return Table.create(task).addColumns(method, adapter, mean, spread);
    }

    /**
     * Mean test accuracy against adapter parameters (log x): one line per method family (the label
     * before the first space, e.g. {@code LoRA} and {@code FLoRA}), single points for the rest.
     */
    public static XYChart chart(List<FloraRunResult> runs, String title) {
        XYChart chart =
                Charts.xy(
                        title, "trainable parameters outside the head (log)", "mean test accuracy");
        chart.getStyler().setXAxisLogarithmic(true);
        Map<String, List<double[]>> families = new LinkedHashMap<>();
        Map<String, Double> mean = meanAccuracy(runs);
        for (Map.Entry<String, Double> e : mean.entrySet()) {
            FloraRunResult first =
                    runs.stream()
                            .filter(r -> r.method().equals(e.getKey()))
                            .findFirst()
                            .orElseThrow();
            String family =
                    e.getKey().contains(" ")
                            ? e.getKey().substring(0, e.getKey().indexOf(' '))
                            : e.getKey();
            double x = Math.max(1, first.adapterParameters());
            families.computeIfAbsent(family, k -> new ArrayList<>())
                    .add(new double[] {x, e.getValue()});
        }
        for (Map.Entry<String, List<double[]>> f : families.entrySet()) {
            double[] x = f.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] y = f.getValue().stream().mapToDouble(p -> p[1]).toArray();
            XYSeries s = chart.addSeries(f.getKey(), x, y);
            if (x.length == 1) {
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        return chart;
    }
}
