package org.paramlab.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The latency of each double operation on the JVM, for {@code CpuCostTable}. Addition,
 * multiplication and division run as pure dependent chains of {@value #N} steps ({@code x = x +
 * a[i]}, {@code x = x * m[i]}, {@code x = x / m[i]} with m near 1), so their time per step is their
 * latency. Every other operation runs {@code x = op(a[i] + x*z)} (and {@code pow(a[i] + x*z,
 * b[i])}), where {@code z} is 0 but unknown to the JIT, so each step waits for the one before while
 * the argument comes from valid inputs (a in [0.1, 0.9], b in [1.1, 1.9]); its cost is its time per
 * step minus that of {@link #chain()}, the same loop without the operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 15, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class OpCostBenchmark {
    /** Steps per invocation. */
    public static final int N = 1024;

    private final double[] a = new double[N];
    private final double[] b = new double[N];
    private final double[] m = new double[N];
    private double z;

    /** Fills the inputs. */
    @Setup
    public void setUp() {
        Random r = new Random(1);
        for (int i = 0; i < N; i++) {
            a[i] = 0.1 + 0.8 * r.nextDouble();
            b[i] = 1.1 + 0.8 * r.nextDouble();
            m[i] = 0.999 + 0.002 * r.nextDouble();
        }
        z = 0.0;
    }

    /** The chain alone: x = a[i] + x*z. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double chain() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = a[i] + x * k;
        }
        return x;
    }

    /** x = x + a[i]: one addition per step. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double add() {
        double x = 0;
        for (int i = 0; i < N; i++) {
            x = x + a[i];
        }
        return x;
    }

    /** x = x * m[i]: one multiplication per step. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double mul() {
        double x = 1;
        for (int i = 0; i < N; i++) {
            x = x * m[i];
        }
        return x;
    }

    /** x = x / m[i]: one division per step. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double div() {
        double x = 1;
        for (int i = 0; i < N; i++) {
            x = x / m[i];
        }
        return x;
    }

    /** x = -(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double neg() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = -(a[i] + x * k);
        }
        return x;
    }

    /** x = sqrt(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double sqrt() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.sqrt(a[i] + x * k);
        }
        return x;
    }

    /** x = pow(a[i] + x*z, b[i]): a general power. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double pow() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.pow(a[i] + x * k, b[i]);
        }
        return x;
    }

    /** x = exp(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double exp() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.exp(a[i] + x * k);
        }
        return x;
    }

    /** x = log(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double log() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.log(a[i] + x * k);
        }
        return x;
    }

    /** x = sin(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double sin() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.sin(a[i] + x * k);
        }
        return x;
    }

    /** x = cos(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double cos() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.cos(a[i] + x * k);
        }
        return x;
    }

    /** x = tan(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double tan() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.tan(a[i] + x * k);
        }
        return x;
    }

    /** x = asin(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double asin() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.asin(a[i] + x * k);
        }
        return x;
    }

    /** x = acos(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double acos() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.acos(a[i] + x * k);
        }
        return x;
    }

    /** x = atan(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double atan() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.atan(a[i] + x * k);
        }
        return x;
    }

    /** x = sinh(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double sinh() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.sinh(a[i] + x * k);
        }
        return x;
    }

    /** x = cosh(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double cosh() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.cosh(a[i] + x * k);
        }
        return x;
    }

    /** x = tanh(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double tanh() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.tanh(a[i] + x * k);
        }
        return x;
    }

    /** x = |a[i] + x*z|. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double abs() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.abs(a[i] + x * k);
        }
        return x;
    }

    /** x = signum(a[i] + x*z). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double sign() {
        double x = 0;
        double k = z;
        for (int i = 0; i < N; i++) {
            x = Math.signum(a[i] + x * k);
        }
        return x;
    }
}
