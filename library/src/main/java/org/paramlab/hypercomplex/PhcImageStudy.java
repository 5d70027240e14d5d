package org.paramlab.hypercomplex;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.paramlab.peft.experiment.FineTuneRunner;
import org.paramlab.peft.experiment.ImageBatches;
import org.paramlab.peft.experiment.ImageTask;
import org.paramlab.repro.SeedSpread;
import org.paramlab.train.AdamWConfig;
import org.paramlab.train.BatchMetric;
import org.paramlab.train.BlockTrainer;
import org.paramlab.train.EngineThreads;
import org.paramlab.train.GradMode;
import org.paramlab.train.LrSchedule;
import org.paramlab.train.ParameterPaths;
import org.paramlab.train.TrainResult;
import org.paramlab.train.TrainerConfig;
import org.paramlab.viz.Charts;
import org.paramlab.viz.ProgressBar;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real vs quaternion vs PHC networks on one image task, after the PHNN paper's comparison
 * (Grassucci, Zhang, Comminiello, IEEE TNNLS 2022, arXiv:2110.04176, Tables II–IV): each variant's
 * {@link PhcResNet} is trained from scratch with AdamW under the same budget and seeds, and scored
 * on the test images.
 *
 * <pre>{@code
 * var runs = PhcImageStudy.run(fashion, List.of(PhcVariant.real(), PhcVariant.phc(4)), List.of(1L, 2L), config);
 * PhcImageStudy.table(runs)
 * }</pre>
 */
public final class PhcImageStudy {
    private PhcImageStudy() {}

    /**
     * Trains every variant with every seed, showing one progress bar over all runs.
     *
     * @throws java.util.concurrent.CancellationException if the cell is interrupted
     */
    public static List<PhcRunResult> run(
            ImageTask task, List<PhcVariant> variants, List<Long> seeds, PhcStudyConfig config) {
        List<PhcRunResult> out = new ArrayList<>();
        int threads = EngineThreads.set(config.threads());
        try (ProgressBar bar = ProgressBar.start("runs", (long) variants.size() * seeds.size())) {
            for (long seed : seeds) {
                for (PhcVariant v : variants) {
                    bar.status(v.name() + ", seed " + seed);
                    out.add(run(task, v, seed, config));
                    bar.step();
                }
            }
        } finally {
            EngineThreads.set(Math.max(1, threads));
        }
        return out;
    }

    /** One variant, one seed. */
    public static PhcRunResult run(
            ImageTask task, PhcVariant variant, long seed, PhcStudyConfig config) {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed((int) seed);
            int side = task.side();
            PhcResNet model = PhcResNet.of(variant, config.widths(), task.classes().size());
            model.initialize(m, DataType.FLOAT32, new Shape(1, 1, side, side));
            PhcResNet real = PhcResNet.of(PhcVariant.real(), config.widths(), 2);
            ImageBatches batches = new ImageBatches(task, config.batchSize(), seed, false);
            long steps =
                    (long) config.epochs() * Math.max(1, task.train().size() / config.batchSize());
            TrainerConfig trainer =
                    TrainerConfig.defaults()
                            .withSteps(steps)
                            .withSchedule(LrSchedule.cosine(config.learningRate(), 0.05, 0.01))
                            .withOptimizer(AdamWConfig.defaults())
                            .withEvalEvery((int) Math.min(Integer.MAX_VALUE, steps))
                            .withSeed(seed)
                            .withDisplay(config.display());
            long start = System.nanoTime();
            TrainResult result;
            try (GradMode off = GradMode.disabled()) {
                result =
                        new BlockTrainer(trainer, BatchMetric.crossEntropy()).train(model, batches);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double accuracy = FineTuneRunner.accuracy(model, batches, m);
            return new PhcRunResult(
                    variant.name(),
                    variant.n(),
                    seed,
                    model.hypercomplexParameters(),
                    real.hypercomplexParameters(),
                    ParameterPaths.countTrainable(model),
                    accuracy,
                    seconds,
                    result.finalLoss());
        }
    }

    /** One row per run. */
    public static Table table(List<PhcRunResult> runs) {
        StringColumn variant = StringColumn.create("variant");
        LongColumn seed = LongColumn.create("seed");
        LongColumn conv = LongColumn.create("conv params");
        DoubleColumn ratio = DoubleColumn.create("ratio to real");
        LongColumn trainable = LongColumn.create("all params");
        DoubleColumn accuracy = DoubleColumn.create("test acc");
        DoubleColumn seconds = DoubleColumn.create("train s");
        for (PhcRunResult r : runs) {
            variant.append(r.variant());
            seed.append(r.seed());
            conv.append(r.convParameters());
            ratio.append(SeedSpread.round4(r.parameterRatio()));
            trainable.append(r.trainableParameters());
            accuracy.append(SeedSpread.round4(r.testAccuracy()));
            seconds.append(Math.round(r.seconds() * 10) / 10.0);
        }
        return Table.create("runs")
                .addColumns(variant, seed, conv, ratio, trainable, accuracy, seconds);
    }

    /** Mean test accuracy per variant, in the order the variants first appear. */
    public static Map<String, Double> meanAccuracy(List<PhcRunResult> runs) {
        return SeedSpread.means(runs, PhcRunResult::variant, PhcRunResult::testAccuracy);
    }

    /** Per variant: n, conv parameters, ratio to real, mean and spread of test accuracy. */
    public static Table summary(List<PhcRunResult> runs) {
        StringColumn variant = StringColumn.create("variant");
        IntColumn n = IntColumn.create("n");
        LongColumn conv = LongColumn.create("conv params");
        DoubleColumn ratio = DoubleColumn.create("ratio to real");
        DoubleColumn mean = DoubleColumn.create("mean test acc");
        DoubleColumn spread = DoubleColumn.create("max − min");
        for (SeedSpread<PhcRunResult> g :
                SeedSpread.byGroup(runs, PhcRunResult::variant, PhcRunResult::testAccuracy)) {
            PhcRunResult first = g.first();
            variant.append(g.group());
            n.append(first.n());
            conv.append(first.convParameters());
            ratio.append(SeedSpread.round4(first.parameterRatio()));
            mean.append(SeedSpread.round4(g.mean()));
            spread.append(SeedSpread.round4(g.spread()));
        }
        return Table.create("variants").addColumns(variant, n, conv, ratio, mean, spread);
    }

    /** Mean test accuracy per variant as bars, parameters in the labels. */
    public static CategoryChart accuracyChart(List<PhcRunResult> runs, String title) {
        CategoryChart chart =
                new CategoryChartBuilder()
                        .width(Charts.WIDTH)
                        .height(Charts.HEIGHT)
                        .title(title)
                        .xAxisTitle("variant (hypercomplex conv weights)")
                        .yAxisTitle("mean test accuracy")
                        .build();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map.Entry<String, Double> e : meanAccuracy(runs).entrySet()) {
            PhcRunResult first =
                    runs.stream()
                            .filter(r -> r.variant().equals(e.getKey()))
                            .findFirst()
                            .orElseThrow();
            labels.add(e.getKey() + " (" + first.convParameters() + ")");
            values.add(e.getValue());
        }
        chart.addSeries("test accuracy", labels, values);
        chart.getStyler().setLegendVisible(false);
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        chart.getStyler().setYAxisMin(Math.max(0, Math.floor((lo - 0.05) * 20) / 20));
        return chart;
    }
}
