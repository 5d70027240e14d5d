package org.paramlab.symbolic.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

class ExprCompilerTest {
    private static final List<Sym> XYZ = RandomExprs.VARS;

    /** Bitwise equality, treating every NaN alike and 0.0 as −0.0. */
    static void assertSameDouble(double want, double got, Object what) {
        assertTrue(
                want == got || (Double.isNaN(want) && Double.isNaN(got)),
                () -> what + ": " + want + " vs " + got);
    }

    private static double[] values(Map<Sym, Double> at, List<Sym> vars) {
        double[] v = new double[vars.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = at.get(vars.get(i));
        }
        return v;
    }

    @Test
    void compiledEqualsEvalBitwiseAtRandomPoints() {
        RandomExprs gen = new RandomExprs(11, true);
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            exprs.add(gen.next(5));
        }
        CompiledFunction all = ExprCompiler.compile(exprs, XYZ);
        for (int k = 0; k < 20; k++) {
            Map<Sym, Double> at = gen.point(-2, 2);
            double[] got = all.apply(values(at, XYZ));
            for (int i = 0; i < exprs.size(); i++) {
                assertSameDouble(exprs.get(i).eval(at), got[i], exprs.get(i));
            }
        }
    }

    @Test
    void hugeExpressionIsSplitIntoJitSizedMethods() {
        List<Sym> xs = Sym.range("x", 40);
        Random rng = new Random(3);
        Expr acc = Num.ZERO;
        List<Expr> outs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Expr a = xs.get(rng.nextInt(xs.size()));
            Expr b = xs.get(rng.nextInt(xs.size()));
            Expr term =
                    Expr.sin(a.times(b).plus(i))
                            .times(Num.of(i % 7 + 1, 3))
                            .plus(acc.times(a).div(7));
            acc = i % 50 == 49 ? Expr.tanh(term) : term;
            if (i % 500 == 0) {
                outs.add(acc);
            }
        }
        outs.add(acc);
        outs.add(RandomExprs.QF.of(acc, xs.get(0)));
        CompiledFunction f = ExprCompiler.compile(outs, xs);
        assertTrue(f.methodCount() > 3, f::toString);
        for (int size : f.methodSizes()) {
            assertTrue(size < 8000, f::toString);
        }
        assertTrue(f.scratchSize() > 0);
        Map<Sym, Double> at = new HashMap<>();
        double[] in = new double[xs.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = rng.nextDouble() - 0.5;
            at.put(xs.get(i), in[i]);
        }
        double[] got = f.apply(in);
        for (int j = 0; j < outs.size(); j++) {
            assertSameDouble(outs.get(j).eval(at), got[j], "output " + j);
        }
        CompiledFunction small =
                ExprCompiler.compile(outs, xs, CompileOptions.defaults().withMaxMethodBytes(400));
        assertTrue(small.methodCount() > f.methodCount());
        assertArrayEquals(got, small.apply(in));
    }

    @Test
    void programsOfManyMethodsAreCalledThroughGroups() {
        List<Sym> xs = Sym.range("x", 50);
        List<Expr> outs = new ArrayList<>();
        for (int i = 0; i < 7000; i++) {
            outs.add(Expr.sin(xs.get(i % 50).times(xs.get((i / 50) % 50)).plus(i)));
        }
        CompiledFunction f = ExprCompiler.compile(outs, xs, new CompileOptions(256));
        assertTrue(f.methodCount() > 2 * BytecodeEmitter.GROUP, f::toString);
        assertTrue(f.javaSource().contains("group1(in, out, s, fns);"));
        double[] in = new double[50];
        Map<Sym, Double> at = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            in[i] = 0.01 * i;
            at.put(xs.get(i), in[i]);
        }
        double[] got = f.apply(in);
        for (int j = 0; j < outs.size(); j += 97) {
            assertSameDouble(outs.get(j).eval(at), got[j], outs.get(j));
        }
    }

    @Test
    void sharedSubexpressionsAreComputedOnce() {
        Expr f = ExprParser.parse("sin(x*y) + exp(x*y)");
        Expr g = ExprParser.parse("sin(x*y)*z");
        int separate =
                ExprCompiler.compile(f, XYZ).operationCount()
                        + ExprCompiler.compile(g, XYZ).operationCount();
        CompiledFunction both = ExprCompiler.compile(List.of(f, g), XYZ);
        assertEquals(separate - 2, both.operationCount()); // x*y and sin(x*y) once
        assertArrayEquals(
                new double[] {f.eval(at(1, 2, 3)), g.eval(at(1, 2, 3))}, both.apply(1, 2, 3));
    }

    private static Map<Sym, Double> at(double x, double y, double z) {
        return Map.of(XYZ.get(0), x, XYZ.get(1), y, XYZ.get(2), z);
    }

    @Test
    void batchedEqualsScalarWithOneMethodAndWithMany() {
        RandomExprs gen = new RandomExprs(5, true);
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            exprs.add(gen.next(4));
        }
        exprs.add(Num.of(2.5));
        exprs.add(XYZ.get(1));
        for (CompileOptions o :
                List.of(
                        CompileOptions.defaults().withMaxMethodBytes(7000),
                        new CompileOptions(256))) {
            CompiledFunction f = ExprCompiler.compile(exprs, XYZ, o);
            int n = 257;
            double[][] cols = new double[3][n];
            Random rng = new Random(1);
            for (double[] c : cols) {
                for (int p = 0; p < n; p++) {
                    c[p] = 4 * rng.nextDouble() - 2;
                }
            }
            double[][] batch = f.applyBatch(cols);
            for (int p = 0; p < n; p++) {
                double[] one = f.apply(cols[0][p], cols[1][p], cols[2][p]);
                for (int j = 0; j < one.length; j++) {
                    assertSameDouble(one[j], batch[j][p], "point " + p + " output " + j);
                }
            }
        }
        assertTrue(
                ExprCompiler.compile(exprs, XYZ, new CompileOptions(7000)).batchMethodSize() > 0);
        assertEquals(
                0, ExprCompiler.compile(exprs, XYZ, new CompileOptions(256)).batchMethodSize());
    }

    @Test
    void leafOutputsAndEmptyInputs() {
        CompiledFunction f =
                ExprCompiler.compile(List.of(Num.of(3), XYZ.get(2), Num.of(1, 3)), XYZ);
        assertArrayEquals(new double[] {3, 7, 1.0 / 3}, f.apply(5, 6, 7));
        List<Expr> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(i % 3 == 0 ? XYZ.get(i % 2) : Num.of(i, 7));
        }
        CompiledFunction leaves = ExprCompiler.compile(many, XYZ);
        assertTrue(leaves.methodCount() > 1);
        assertTrue(Arrays.stream(leaves.methodSizes()).max().orElse(0) < 8000);
        double[] got = leaves.apply(5, 6, 7);
        assertEquals(5.0, got[0]); // input x
        assertEquals(6.0, got[3]); // input y
        assertEquals(1000.0 / 7, got[1000]);
        CompiledFunction none =
                ExprCompiler.compile(List.of(ExprParser.parse("2^(1/2)")), List.of());
        assertEquals(Math.sqrt(2), none.value());
    }

    @Test
    void userFunctionsAreCalledThroughTheirImplementation() {
        Op h = Op.define("hcg", 3, a -> a[0] * a[1] - a[2], null);
        Expr e = h.of(XYZ.get(0), Expr.sin(XYZ.get(1)), Num.of(2)).pow(2);
        CompiledFunction f = ExprCompiler.compile(e, XYZ);
        assertSameDouble(e.eval(at(0.5, 1.5, 0)), f.value(0.5, 1.5, 0), e);
        assertTrue(f.javaSource().contains("fns[0].apply(new double[] {"), f::javaSource);
    }

    @Test
    void clearErrors() {
        IllegalArgumentException missing =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ExprCompiler.compile(ExprParser.parse("x + w"), XYZ));
        assertTrue(missing.getMessage().contains("[w]"), missing::getMessage);
        Op undefined = Op.function("nocode", 1);
        IllegalArgumentException noImpl =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ExprCompiler.compile(undefined.of(XYZ.get(0)), XYZ));
        assertTrue(noImpl.getMessage().contains("Op.define"), noImpl::getMessage);
        CompiledFunction f = ExprCompiler.compile(XYZ.get(0), XYZ);
        assertThrows(IllegalArgumentException.class, () -> f.apply(1, 2));
        assertThrows(IllegalArgumentException.class, () -> new CompileOptions(9000));
    }
}
