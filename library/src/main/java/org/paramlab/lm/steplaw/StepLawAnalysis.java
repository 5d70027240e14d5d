package org.paramlab.lm.steplaw;

import org.paramlab.lm.fit.LogLinearFit;
import org.paramlab.lm.fit.QuadraticFit;
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
 * The Step Law measurements of a grid: per (N, D) cell the best run and the convexity of the loss
 * in ln η; the near-optimal runs (within {@value #NEAR_OPTIMAL} of the cell's best loss, as the
 * repository's {@code filter_threshold}); the log-linear fits of η and B on N and D with bootstrap
 * intervals; and, if the law's own (η*, B*) were run, their gap to the grid best.
 *
 * @param cells one row per cell
 * @param nearOptimal the runs within the threshold of their cell's best
 * @param lrFit ln η on ln N, ln D over the near-optimal runs, or null with fewer than two cells
 * @param batchFit ln B (tokens) on ln N, ln D, or null
 */
public record StepLawAnalysis(
        List<Cell> cells,
        List<StepLawPoint> nearOptimal,
        LogLinearFit lrFit,
        LogLinearFit batchFit) {

    /** The repository's threshold: runs within 0.25% of the smallest loss count as optimal. */
    public static final double NEAR_OPTIMAL = 0.0025;

    /**
     * One (N, D) cell.
     *
     * @param cell its label
     * @param n N
     * @param d D
     * @param best the best grid point
     * @param bestLoss its loss
     * @param convexity loss against ln η, each η at its best batch size (diverged runs left out)
     * @param lrs the rates of the grid, increasing
     * @param losses each rate's loss at its best batch size
     * @param predicted the law's (η*, B*) point, or null if not run
     * @param predictedLoss its loss (NaN if not run or diverged)
     */
    public record Cell(
            String cell,
            long n,
            long d,
            StepLawPoint best,
            double bestLoss,
            QuadraticFit convexity,
            double[] lrs,
            double[] losses,
            StepLawPoint predicted,
            double predictedLoss) {

        /** (predicted − best)/best: the law's relative excess loss (NaN if not run). */
        public double transferGap() {
            return (predictedLoss - bestLoss) / bestLoss;
        }
    }

    /**
     * Analyses a grid and (optionally) the runs at the law's predictions.
     *
     * @param predicted the runs at (η*, B*), one per cell, or null
     */
    public static StepLawAnalysis of(
            SweepResult<StepLawPoint, StepLawRun> grid,
            SweepResult<StepLawPoint, StepLawRun> predicted,
            int seed) {
        Map<String, List<SweepResult.Entry<StepLawPoint, StepLawRun>>> byCell =
                new LinkedHashMap<>();
        for (var e : grid.entries()) {
            byCell.computeIfAbsent(e.config().cell(), k -> new ArrayList<>()).add(e);
        }
        List<Cell> cells = new ArrayList<>();
        List<StepLawPoint> near = new ArrayList<>();
        List<double[]> nd = new ArrayList<>();
        List<Double> lrs = new ArrayList<>();
        List<Double> batches = new ArrayList<>();
        for (var entry : byCell.entrySet()) {
            var runs = entry.getValue().stream().filter(e -> !e.result().diverged()).toList();
            if (runs.isEmpty()) {
                continue;
            }
            var best =
                    runs.stream()
                            .min((a, b) -> Double.compare(a.result().loss(), b.result().loss()))
                            .orElseThrow();
            double bestLoss = best.result().loss();
            TreeMap<Double, Double> byLr = new TreeMap<>();
            for (var e : runs) {
                byLr.merge(e.config().lr(), e.result().loss(), Math::min);
            }
            QuadraticFit convexity =
                    byLr.size() >= 3
                            ? QuadraticFit.inLogX(
                                    byLr.keySet().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .toArray(),
                                    byLr.values().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .toArray())
                            : null;
            long n = best.result().nonEmbeddingParameters();
            long d = best.config().tokens();
            StepLawPoint p = null;
            double pLoss = Double.NaN;
            if (predicted != null) {
                for (var e : predicted.entries()) {
                    if (e.config().cell().equals(entry.getKey())) {
                        p = e.config();
                        pLoss = e.result().diverged() ? Double.NaN : e.result().loss();
                    }
                }
            }
            cells.add(
                    new Cell(
                            entry.getKey(),
                            n,
                            d,
                            best.config(),
                            bestLoss,
                            convexity,
                            byLr.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                            byLr.values().stream().mapToDouble(Double::doubleValue).toArray(),
                            p,
                            pLoss));
            for (var e : runs) {
                if (e.result().loss() <= bestLoss * (1 + NEAR_OPTIMAL)) {
                    near.add(e.config());
                    nd.add(new double[] {n, d});
                    lrs.add(e.config().lr());
                    batches.add((double) e.config().batch() * StepLaw.CONTEXT);
                }
            }
        }
        LogLinearFit lrFit = null;
        LogLinearFit batchFit = null;
        long distinctN = cells.stream().mapToLong(Cell::n).distinct().count();
        long distinctD = cells.stream().mapToLong(Cell::d).distinct().count();
        if (distinctN > 1 && distinctD > 1 && nd.size() > 3) {
            double[][] x = nd.toArray(double[][]::new);
            lrFit =
                    LogLinearFit.fit(
                            x,
                            lrs.stream().mapToDouble(Double::doubleValue).toArray(),
                            List.of("N", "D"),
                            1000,
                            seed);
            batchFit =
                    LogLinearFit.fit(
                            x,
                            batches.stream().mapToDouble(Double::doubleValue).toArray(),
                            List.of("N", "D"),
                            1000,
                            seed);
        }
        return new StepLawAnalysis(cells, near, lrFit, batchFit);
    }

    /**
     * Final loss against η for every cell (each η at its best batch size) with its fitted parabola
     * in ln η.
     */
    public org.knowm.xchart.XYChart lossVsLr() {
        var chart =
                org.paramlab.lm.LmPlots.semiLogX(
                        "Final loss against peak learning rate",
                        "η",
                        "validation loss (nats/char)");
        for (Cell c : cells) {
            if (c.convexity() == null) {
                continue;
            }
            org.paramlab.lm.LmPlots.points(chart, c.cell(), c.lrs(), c.losses());
            double[] lrs = c.lrs();
            org.paramlab.lm.LmPlots.parabola(
                    chart, c.cell() + " fit", c.convexity(), lrs[0], lrs[lrs.length - 1]);
        }
        return chart;
    }

    /** One heat map per cell: final loss over η × B (blank where a run diverged). */
    public static List<org.knowm.xchart.HeatMapChart> heatmaps(
            SweepResult<StepLawPoint, StepLawRun> grid) {
        Table table = grid.table();
        List<org.knowm.xchart.HeatMapChart> charts = new ArrayList<>();
        for (String cell : table.stringColumn("cell").unique().asList()) {
            Table rows = table.where(table.stringColumn("cell").isEqualTo(cell));
            var chart = org.paramlab.train.sweep.SweepPlots.heatmap(rows, "lr", "batch", "loss");
            chart.setTitle("Final loss, " + cell);
            charts.add(chart);
        }
        return charts;
    }

    /** One row per cell: N, D, best η and B, best loss, convexity R², law's η* and B*, gap. */
    public Table table() {
        StringColumn cell = StringColumn.create("cell");
        DoubleColumn bestLr = DoubleColumn.create("best η");
        DoubleColumn bestBatch = DoubleColumn.create("best B (seqs)");
        DoubleColumn bestLoss = DoubleColumn.create("best loss");
        DoubleColumn vertex = DoubleColumn.create("parabola argmin η");
        DoubleColumn r2 = DoubleColumn.create("parabola R²");
        DoubleColumn lawLr = DoubleColumn.create("law η*");
        DoubleColumn lawBatch = DoubleColumn.create("law B* (seqs)");
        DoubleColumn lawLoss = DoubleColumn.create("loss at law");
        DoubleColumn gap = DoubleColumn.create("gap (%)");
        for (Cell c : cells) {
            cell.append(c.cell());
            bestLr.append(c.best().lr());
            bestBatch.append(c.best().batch());
            bestLoss.append(c.bestLoss());
            vertex.append(c.convexity() == null ? Double.NaN : c.convexity().argmin());
            r2.append(c.convexity() == null ? Double.NaN : c.convexity().rSquared());
            lawLr.append(c.predicted() == null ? Double.NaN : c.predicted().lr());
            lawBatch.append(c.predicted() == null ? Double.NaN : c.predicted().batch());
            lawLoss.append(c.predictedLoss());
            gap.append(100 * c.transferGap());
        }
        return Table.create("Step Law cells")
                .addColumns(
                        cell, bestLr, bestBatch, bestLoss, vertex, r2, lawLr, lawBatch, lawLoss,
                        gap);
    }
}
