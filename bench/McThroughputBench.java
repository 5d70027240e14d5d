import org.paramlab.search.montecarlo.MonteCarlo;
import org.paramlab.search.montecarlo.MonteCarloConfig;
import org.paramlab.search.pcf.PcfSimulator;
import org.paramlab.search.pcf.SparkPriors;

import java.util.Arrays;
import java.util.Locale;

/**
 * Monte Carlo throughput of the PCF simulation (bench/pcf_throughput.sh): SPARK episodes per second
 * on 1 and 2 threads, median of 3 timed runs after one warm-up, at tiers 1, 3 and 5 (2, 5 and 13
 * options per dimension). Also checks that 1 and 2 threads give bit-identical sums.
 *
 * <pre>
 * java -cp CLASSPATH bench/McThroughputBench.java [runs]
 * </pre>
 */
public class McThroughputBench {
    public static void main(String[] args) {
        long runs = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
        SparkPriors priors = SparkPriors.defaults();
        System.out.printf(
                Locale.ROOT,
                "%-6s %12s %16s %16s %8s %10s%n",
                "tier",
                "runs",
                "1 thread (/s)",
                "2 threads (/s)",
                "speed-up",
                "identical");
        for (int tier : new int[] {1, 3, 5}) {
            double[] one = new double[3];
            double[] two = new double[3];
            double[] sumOne = null;
            double[] sumTwo = null;
            for (int rep = -1; rep < 3; rep++) {
                for (int threads : new int[] {1, 2}) {
                    MonteCarloConfig config = MonteCarloConfig.of(runs, 42).withThreads(threads);
                    long t0 = System.nanoTime();
                    double[] acc =
                            MonteCarlo.run(
                                    config,
                                    () -> new double[5],
                                    (rng, a) -> PcfSimulator.episode(priors, tier, rng, a),
                                    MonteCarlo::sum);
                    double rate = runs / ((System.nanoTime() - t0) / 1e9);
                    if (rep >= 0) {
                        (threads == 1 ? one : two)[rep] = rate;
                    }
                    if (threads == 1) {
                        sumOne = acc;
                    } else {
                        sumTwo = acc;
                    }
                }
            }
            Arrays.sort(one);
            Arrays.sort(two);
            System.out.printf(
                    Locale.ROOT,
                    "%-6d %12d %16.0f %16.0f %8.2f %10s%n",
                    tier,
                    runs,
                    one[1],
                    two[1],
                    two[1] / one[1],
                    Arrays.equals(sumOne, sumTwo) ? "yes" : "NO");
        }
    }
}
