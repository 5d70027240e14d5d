package org.paramlab.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Sym;

import java.util.concurrent.TimeUnit;

/**
 * Expansion of (1 + a + b + c)^20 (1,771 terms), the benchmark SymEngine publishes (about 1.5 ms).
 * {@link #expandShared()} expands the same expression again and again, so the result's nodes are
 * already in the intern table; {@link #expandFresh()} uses new symbols every time, so every node is
 * built and interned anew.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExpandBenchmark {
    private Expr power;
    private long fresh;

    /** Builds the power. */
    @Setup
    public void setUp() {
        power = powerOf("a", "b", "c");
    }

    private static Expr powerOf(String a, String b, String c) {
        return Sym.of(a).plus(Sym.of(b)).plus(Sym.of(c)).plus(1).pow(20);
    }

    /** Expands the same power each time. */
    @Benchmark
    public Expr expandShared() {
        return power.expand();
    }

    /** Expands a power in new symbols each time. */
    @Benchmark
    public Expr expandFresh() {
        long k = fresh++;
        return powerOf("a" + k, "b" + k, "c" + k).expand();
    }
}
