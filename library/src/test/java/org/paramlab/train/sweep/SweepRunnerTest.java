package org.paramlab.train.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paramlab.train.DecayShape;
import org.paramlab.train.LrSchedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class SweepRunnerTest {
    record Point(double lr, int batch, LrSchedule schedule) {}

    record Outcome(double loss, int batch, double[] curve) {}

    static List<Point> grid() {
        List<Point> points = new ArrayList<>();
        for (double lr : new double[] {1e-3, 3e-3, 1e-2}) {
            for (int batch : new int[] {16, 64}) {
                points.add(
                        new Point(
                                lr,
                                batch,
                                new LrSchedule.WarmupStableDecay(
                                        lr, 0.01, 0.1, 0, DecayShape.LINEAR)));
            }
        }
        return points;
    }

    static Outcome evaluate(Point p) {
        double u = Math.log(p.lr()) - Math.log(3e-3);
        return new Outcome(1 + u * u + 0.01 * p.batch(), p.batch(), new double[] {1, 2});
    }

    @Test
    void aCrashedSweepResumesAndRunsOnlyWhatIsMissing(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SweepFunction<Point, Outcome> crashing =
                p -> {
                    if (calls.incrementAndGet() == 4) {
                        throw new IllegalStateException("simulated crash");
                    }
                    return evaluate(p);
                };
        var runner = new SweepRunner<>(dir, Outcome.class, crashing).withDisplay(false);
        assertThrows(IllegalStateException.class, () -> runner.run(grid()));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".json")).count());
        }
        AtomicInteger reruns = new AtomicInteger();
        var resumed =
                new SweepRunner<Point, Outcome>(
                                dir,
                                Outcome.class,
                                p -> {
                                    reruns.incrementAndGet();
                                    return evaluate(p);
                                })
                        .withDisplay(false)
                        .run(grid());
        assertEquals(3, reruns.get());
        assertEquals(3, resumed.resumed());
        assertEquals(3, resumed.ran());
        assertEquals(6, resumed.results().size());
        for (int i = 0; i < 6; i++) {
            assertEquals(evaluate(grid().get(i)).loss(), resumed.results().get(i).loss(), 1e-12);
        }
        var again =
                new SweepRunner<Point, Outcome>(
                                dir,
                                Outcome.class,
                                p -> {
                                    throw new AssertionError("nothing should run");
                                })
                        .withDisplay(false)
                        .run(grid());
        assertEquals(6, again.resumed());
    }

    @Test
    void aThreadPoolGivesTheSameResultsInConfigOrder(@TempDir Path dir) {
        var result =
                new SweepRunner<Point, Outcome>(dir, Outcome.class, SweepRunnerTest::evaluate)
                        .withExecutor(SweepExecutor.threads(2))
                        .withDisplay(false)
                        .run(grid());
        assertEquals(6, result.ran());
        for (int i = 0; i < 6; i++) {
            assertEquals(grid().get(i), result.entries().get(i).config());
            assertEquals(evaluate(grid().get(i)).loss(), result.results().get(i).loss(), 1e-12);
        }
    }

    @Test
    void theTableFlattensConfigsAndResultsAndTheHeatmapPicksTheBestPerCell(@TempDir Path dir) {
        var result =
                new SweepRunner<Point, Outcome>(dir, Outcome.class, SweepRunnerTest::evaluate)
                        .withDisplay(false)
                        .run(grid());
        var table = result.table();
        assertEquals(6, table.rowCount());
        assertTrue(
                table.columnNames().containsAll(List.of("lr", "batch", "schedule.peak", "loss")));
        var chart = SweepPlots.heatmap(table, "lr", "batch", "loss");
        assertEquals(1, chart.getSeriesMap().size());
    }

    @Test
    void sealedRecordsReadBackAsTheirOwnType() {
        LrSchedule schedule = LrSchedule.cosine(1e-3, 0.1, 0.0);
        String json = SweepJson.toJson(new Point(1, 2, schedule));
        assertTrue(json.contains("\"@type\":\"Cosine\""), json);
        assertEquals(new Point(1, 2, schedule), SweepJson.GSON.fromJson(json, Point.class));
        assertEquals(
                SweepJson.key(json), SweepJson.key(SweepJson.toJson(new Point(1, 2, schedule))));
    }
}
