package org.paramlab.symbolic.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.codegen.CompiledFunction;
import org.paramlab.symbolic.diff.SparseJacobian;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.Random;

class TracerTest {
    /**
     * A 1-D reaction-diffusion step with periodic boundaries: u' = D·Δu + u²·v − 2u + tanh(v) ...
     */
    static <T extends Real<T>> void reactionDiffusion(T[] x, T[] dx) {
        int n = x.length / 2;
        for (int i = 0; i < n; i++) {
            T u = x[i];
            T v = x[n + i];
            T lap = x[(i + 1) % n].plus(x[(i + n - 1) % n]).minus(u.times(2)).times(25.0);
            dx[i] =
                    lap.plus(u.square().times(v))
                            .minus(u.times(4.4))
                            .plus(1.0)
                            .plus(v.tanh().div(3));
            T lapV =
                    x[n + (i + 1) % n].plus(x[n + (i + n - 1) % n]).minus(v.times(2.0)).times(25.0);
            dx[n + i] =
                    lapV.plus(u.times(3.4))
                            .minus(u.pow(2).times(v))
                            .plus(u.sin().times(v.exp().sqrt()));
        }
    }

    @Test
    void tracedExpressionsEvaluateToWhatTheCodeComputesOnDoubles() {
        int n = 12;
        TracedFunction f = Tracer.trace(TracerTest::reactionDiffusion, 2 * n, 2 * n);
        CompiledFunction compiled = f.compile();
        Random rng = new Random(4);
        for (int k = 0; k < 10; k++) {
            double[] x = new double[2 * n];
            for (int i = 0; i < x.length; i++) {
                x[i] = 0.5 + rng.nextDouble();
            }
            double[] want = Tracer.run(TracerTest::reactionDiffusion, x, 2 * n);
            double[] interpreted = f.eval(x);
            double[] got = compiled.apply(x);
            for (int i = 0; i < want.length; i++) {
                double tol = 1e-12 * (1 + Math.abs(want[i])) * 100;
                assertEquals(want[i], interpreted[i], tol, "output " + i);
                assertEquals(interpreted[i], got[i], 0.0, "compiled output " + i);
            }
        }
    }

    @Test
    void stencilTraceHasTheStencilsSparseJacobian() {
        int n = 10;
        SparseJacobian j =
                Tracer.trace(TracerTest::reactionDiffusion, 2 * n, 2 * n).sparseJacobian();
        // each u-row touches u[i-1], u[i], u[i+1], v[i]; each v-row the same: 4 per row
        assertEquals(2 * n * 4, j.pattern().nonZeros());
        assertTrue(j.pattern().contains(0, n - 1) && j.pattern().contains(0, n));
    }

    @Test
    void literalsAreExactWhenWhole() {
        TracedReal x = TracedReal.of(Sym.of("x"));
        assertSame(ExprParser.parse("4*x + 0.5"), x.times(4.0).plus(0.5).expr());
        assertSame(ExprParser.parse("4*x"), x.times(4.0).expr());
        assertEquals(2.5, x.constant(2.5).value());
        IllegalStateException e = assertThrows(IllegalStateException.class, x::value);
        assertTrue(e.getMessage().contains("branch"));
    }

    @Test
    void unassignedOutputsAreReported() {
        RealFunction partial =
                new RealFunction() {
                    @Override
                    public <T extends Real<T>> void apply(T[] x, T[] y) {
                        y[0] = x[0];
                    }
                };
        assertThrows(IllegalArgumentException.class, () -> Tracer.trace(partial, 1, 2));
        assertThrows(
                IllegalArgumentException.class, () -> Tracer.run(partial, new double[] {1}, 2));
    }
}
