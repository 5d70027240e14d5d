package org.paramlab.bench;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link OpCostBenchmark} and writes the CPU cost table CSV that {@code CpuCostTable} reads:
 * per operation its latency in nanoseconds (see {@link OpCostBenchmark}) and that latency relative
 * to an addition. {@code neg} and {@code call} are derived: a negation is folded into a
 * neighbouring addition by code generation (cost 0), and an unknown user function is charged like
 * {@code pow}, the dearest measured operation.
 *
 * <p>Usage: {@code java -cp "bench/jmh/target/classes:bench/jmh/target/lib/*"
 * org.paramlab.bench.WriteCpuCostTable
 * library/src/main/resources/org/paramlab/symbolic/cpu-op-costs.csv}
 */
public final class WriteCpuCostTable {
    /** Operations timed as pure chains (their time per step is their latency). */
    private static final java.util.Set<String> PURE_CHAINS = java.util.Set.of("add", "mul", "div");

    private WriteCpuCostTable() {}

    /**
     * Runs the benchmark and writes the table to {@code args[0]}.
     *
     * @param args the output path
     * @throws RunnerException if JMH fails
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: WriteCpuCostTable <output.csv>");
        }
        Options opts =
                new OptionsBuilder().include(OpCostBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Double> nanos = new TreeMap<>();
        Map<String, Double> errors = new TreeMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            String op = label.substring(label.lastIndexOf('.') + 1);
            // the fastest iteration: other processes only ever add time
            double best = Double.POSITIVE_INFINITY;
            for (BenchmarkResult br : r.getBenchmarkResults()) {
                for (IterationResult it : br.getIterationResults()) {
                    best = Math.min(best, it.getPrimaryResult().getScore());
                }
            }
            nanos.put(op, best);
            errors.put(op, r.getPrimaryResult().getScore() - best);
        }
        double chain = nanos.remove("chain");
        double add = nanos.get("add");
        StringBuilder sb = new StringBuilder();
        sb.append(
                "# CPU cost of double operations on the JVM: latency in a dependent chain, ns,\n");
        sb.append(
                "# and relative to one addition. Measured by bench/jmh OpCostBenchmark; made with\n");
        sb.append("#   ./mvnw -q -Pbench -pl bench/jmh -am -DskipTests package\n");
        sb.append("#   java -cp \"bench/jmh/target/classes:bench/jmh/target/lib/*\" ")
                .append("org.paramlab.bench.WriteCpuCostTable ")
                .append("library/src/main/resources/org/paramlab/symbolic/cpu-op-costs.csv\n");
        sb.append(
                String.format(
                        Locale.ROOT,
                        "# on %s, %s %s, %s (%d cores), chain step %.3f ns\n",
                        LocalDate.now(),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.version"),
                        System.getProperty("os.arch"),
                        Runtime.getRuntime().availableProcessors(),
                        chain));
        sb.append("# neg is folded into additions (0); call (user functions) is charged as pow.\n");
        sb.append("# nanos is the fastest of 15 iterations (other processes only add time);\n");
        sb.append("# spread: mean of the iterations minus that fastest, ns.\n");
        sb.append("op,nanos,relative,spread\n");
        double pow = 0;
        for (Map.Entry<String, Double> e : nanos.entrySet()) {
            boolean pure = PURE_CHAINS.contains(e.getKey());
            double ns = pure ? e.getValue() : Math.max(0, e.getValue() - chain);
            if (e.getKey().equals("neg")) {
                continue;
            }
            if (e.getKey().equals("pow")) {
                pow = ns;
            }
            sb.append(row(e.getKey(), ns, add, errors.get(e.getKey())));
        }
        sb.append(row("neg", 0, add, 0));
        sb.append(row("call", pow, add, errors.get("pow")));
        Files.writeString(Path.of(args[0]), sb.toString(), StandardCharsets.UTF_8);
        System.out.print(sb);
    }

    private static String row(String op, double ns, double add, double error) {
        return String.format(Locale.ROOT, "%s,%.3f,%.2f,%.3f\n", op, ns, ns / add, error);
    }
}
