package org.paramlab.peft.experiment;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.paramlab.models.PretrainedEncoder;
import org.paramlab.train.TrainListener;
import org.paramlab.viz.Charts;
import org.paramlab.viz.LiveChart;
import org.paramlab.viz.ProgressBar;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every method on the same task under the same budget, and the views of the outcome: one table
 * (parameters, optimizer memory, step time, peak memory, dev and test accuracy) and the Pareto plot
 * of test accuracy against trainable parameters.
 *
 * <pre>{@code
 * List<FineTuneResult> results = PeftComparison.run(MINILM_L6_V2, data, methods, config);
 * PeftComparison.table(results)
 * }</pre>
 */
public final class PeftComparison {
    private PeftComparison() {}

    /**
     * Runs each method in turn, showing one progress bar over all updates and a live chart of each
     * method's training loss.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static List<FineTuneResult> run(
            PretrainedEncoder encoder,
            TokenizedTask data,
            List<MethodSpec> methods,
            FineTuneConfig config) {
        return run(encoder, data, methods, config, null);
    }

    /**
     * {@link #run(PretrainedEncoder, TokenizedTask, List, FineTuneConfig)}, saving each trained
     * adapter in HF PEFT's format under {@code saveDir/<method>} when {@code saveDir} is not null.
     */
    public static List<FineTuneResult> run(
            PretrainedEncoder encoder,
            TokenizedTask data,
            List<MethodSpec> methods,
            FineTuneConfig config,
            Path saveDir) {
        return loop(
                methods,
                config,
                saveDir,
                (method, save, listener) ->
                        FineTuneRunner.run(encoder, data, method, config, save, List.of(listener)));
    }

    /**
     * Every method on an image task from a pretrained ViT, with the same display as the text
     * comparison.
     */
    public static List<FineTuneResult> run(
            VitCheckpoint vit, ImageTask task, List<MethodSpec> methods, FineTuneConfig config) {
        ImageBatches data = new ImageBatches(task, config.batchSize(), config.seed(), false);
        return loop(
                methods,
                config,
                null,
                (method, save, listener) ->
                        FineTuneRunner.run(
                                m -> vit.classifier(task.classes().size(), m),
                                "paramlab/vit-rotation-" + task.name(),
                                data,
                                method,
                                config,
                                save,
                                List.of(listener)));
    }

    /** One method's run, given where to save and a listener to attach. */
    private interface MethodRun {
        FineTuneResult apply(MethodSpec method, Path save, TrainListener listener);
    }

    private static List<FineTuneResult> loop(
            List<MethodSpec> methods, FineTuneConfig config, Path saveDir, MethodRun run) {
        List<FineTuneResult> results = new ArrayList<>();
        try (ProgressBar bar =
                        ProgressBar.start("methods", (long) methods.size() * config.steps());
                LiveChart live =
                        LiveChart.start(
                                Charts.semiLogY("Training loss", "update", "loss (nats)"))) {
            for (MethodSpec method : methods) {
                bar.status(method.name());
                long[] done = {0};
                TrainListener listener =
                        new TrainListener() {
                            @Override
                            public void onUpdate(long u, long t, double loss, double lr, double n) {
                                live.add(method.name(), u, loss);
                                done[0]++;
                                bar.step();
                            }
                        };
                Path save = saveDir == null ? null : saveDir.resolve(method.name());
                FineTuneResult r = run.apply(method, save, listener);
                bar.step(config.steps() - done[0]);
                results.add(r);
            }
        }
        return results;
    }

    /**
     * One row per method: trainable parameters and their share, optimizer state, median step time,
     * peak memory, best dev accuracy, test accuracy, updates run.
     */
    public static Table table(List<FineTuneResult> results) {
        StringColumn method = StringColumn.create("method");
        LongColumn trainable = LongColumn.create("trainable");
        DoubleColumn share = DoubleColumn.create("trainable %");
        DoubleColumn own = DoubleColumn.create("method %");
        DoubleColumn optimizer = DoubleColumn.create("optimizer MB");
        DoubleColumn step = DoubleColumn.create("step ms");
        DoubleColumn memory = DoubleColumn.create("peak MB");
        DoubleColumn dev = DoubleColumn.create("dev acc");
        DoubleColumn test = DoubleColumn.create("test acc");
        LongColumn updates = LongColumn.create("updates");
        BooleanColumn early = BooleanColumn.create("stopped early");
        for (FineTuneResult r : results) {
            method.append(r.method());
            trainable.append(r.trainable());
            share.append(round(r.trainablePercent(), 4));
            own.append(round(r.methodPercent(), 4));
            optimizer.append(round(r.optimizerBytes() / 1048576.0, 3));
            step.append(round(r.stepMillis(), 1));
            memory.append(round(r.peakMemoryBytes() / 1048576.0, 1));
            dev.append(round(r.devAccuracy(), 4));
            test.append(round(r.testAccuracy(), 4));
            updates.append(r.updates());
            early.append(r.stoppedEarly());
        }
        String task = results.isEmpty() ? "" : results.get(0).task();
        return Table.create("methods on " + task)
                .addColumns(
                        method, trainable, share, own, optimizer, step, memory, dev, test, updates,
                        early);
    }

    /**
     * Test accuracy against trainable parameters (log x), one point per method, with the Pareto
     * front (no other method is both smaller and more accurate) drawn as a line.
     */
    public static XYChart pareto(List<FineTuneResult> results, String title) {
        XYChart chart = Charts.xy(title, "trainable parameters (log)", "test accuracy");
        chart.getStyler().setXAxisLogarithmic(true);
        for (FineTuneResult r : results) {
            XYSeries s =
                    chart.addSeries(
                            r.method(),
                            new double[] {r.trainable()},
                            new double[] {r.testAccuracy()});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        List<FineTuneResult> front = front(results);
        if (front.size() > 1) {
            XYSeries line =
                    chart.addSeries(
                            "Pareto front",
                            front.stream().mapToDouble(r -> r.trainable()).toArray(),
                            front.stream().mapToDouble(FineTuneResult::testAccuracy).toArray());
            line.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** The methods no other method beats on both fewer parameters and higher test accuracy. */
    public static List<FineTuneResult> front(List<FineTuneResult> results) {
        List<FineTuneResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingLong(FineTuneResult::trainable));
        List<FineTuneResult> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (FineTuneResult r : sorted) {
            if (r.testAccuracy() > best) {
                front.add(r);
                best = r.testAccuracy();
            }
        }
        return front;
    }

    /** The result of the method named {@code name}. */
    public static FineTuneResult of(List<FineTuneResult> results, String name) {
        return results.stream()
                .filter(r -> r.method().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "No method '"
                                                + name
                                                + "' among "
                                                + results.stream()
                                                        .map(FineTuneResult::method)
                                                        .toList()));
    }

    /**
     * Kendall's rank correlation τ_b of two methods' accuracies over the methods both lists hold
     * (Kendall, Biometrika 1938; ties corrected as in Kendall 1945): +1 for the same order, −1 for
     * the reverse.
     *
     * @throws IllegalArgumentException if fewer than two methods are shared
     */
    public static double kendallTau(List<FineTuneResult> a, List<FineTuneResult> b) {
        List<double[]> pairs = new ArrayList<>();
        for (FineTuneResult x : a) {
            for (FineTuneResult y : b) {
                if (x.method().equals(y.method())) {
                    pairs.add(new double[] {x.testAccuracy(), y.testAccuracy()});
                }
            }
        }
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("Kendall's τ needs ≥ 2 shared methods");
        }
        long concordant = 0;
        long discordant = 0;
        long tiesA = 0;
        long tiesB = 0;
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                double da = Math.signum(pairs.get(i)[0] - pairs.get(j)[0]);
                double db = Math.signum(pairs.get(i)[1] - pairs.get(j)[1]);
                if (da == 0 && db == 0) {
                    continue;
                } else if (da == 0) {
                    tiesA++;
                } else if (db == 0) {
                    tiesB++;
                } else if (da == db) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        double n = concordant + discordant;
        return (concordant - discordant) / Math.sqrt((n + tiesA) * (n + tiesB));
    }

    /**
     * The methods two comparisons share, with each side's test accuracy and rank (1 = best), in the
     * first comparison's order.
     */
    public static Table ranking(
            List<FineTuneResult> a, List<FineTuneResult> b, String labelA, String labelB) {
        StringColumn method = StringColumn.create("method");
        DoubleColumn accA = DoubleColumn.create(labelA + " acc");
        DoubleColumn accB = DoubleColumn.create(labelB + " acc");
        LongColumn rankA = LongColumn.create(labelA + " rank");
        LongColumn rankB = LongColumn.create(labelB + " rank");
        for (FineTuneResult x : a) {
            for (FineTuneResult y : b) {
                if (x.method().equals(y.method())) {
                    method.append(x.method());
                    accA.append(round(x.testAccuracy(), 4));
                    accB.append(round(y.testAccuracy(), 4));
                    rankA.append(rank(a, b, x, true));
                    rankB.append(rank(a, b, y, false));
                }
            }
        }
        return Table.create("ranking: " + labelA + " vs " + labelB)
                .addColumns(method, accA, accB, rankA, rankB);
    }

    private static long rank(
            List<FineTuneResult> a, List<FineTuneResult> b, FineTuneResult r, boolean first) {
        List<String> shared =
                a.stream()
                        .map(FineTuneResult::method)
                        .filter(m -> b.stream().anyMatch(y -> y.method().equals(m)))
                        .toList();
        return 1
                + (first ? a : b)
                        .stream()
                                .filter(x -> shared.contains(x.method()))
                                .filter(x -> x.testAccuracy() > r.testAccuracy())
                                .count();
    }

    /** {@code "name (accuracy)"} for a claim's measured text. */
    public static String describe(FineTuneResult r) {
        return String.format(Locale.ROOT, "%s %.4f", r.method(), r.testAccuracy());
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
