package org.paramlab.symbolic.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

class NdArrayFunctionTest {
    private static final List<Sym> XYZ = RandomExprs.VARS;

    @Test
    void ndArrayFormEqualsEval() {
        RandomExprs gen = new RandomExprs(23, true);
        List<Expr> exprs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            exprs.add(gen.next(4));
        }
        exprs.add(ExprParser.parse("2^x - 1/y + x^(-1/2)*abs(z) + 3"));
        exprs.add(Num.of(4));
        NdArrayFunction f = ExprCompiler.toNdArrays(exprs, XYZ);
        int n = 64;
        double[][] cols = new double[3][n];
        Random rng = new Random(2);
        for (double[] c : cols) {
            for (int p = 0; p < n; p++) {
                c[p] = 0.1 + 1.9 * rng.nextDouble();
            }
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDList out = f.apply(m.create(cols[0]), m.create(cols[1]), m.create(cols[2]));
            assertEquals(exprs.size(), out.size());
            for (int j = 0; j < exprs.size(); j++) {
                double[] got = out.get(j).toDoubleArray();
                assertEquals(n, got.length);
                for (int p = 0; p < n; p++) {
                    double want =
                            exprs.get(j)
                                    .eval(
                                            Map.of(
                                                    XYZ.get(0),
                                                    cols[0][p],
                                                    XYZ.get(1),
                                                    cols[1][p],
                                                    XYZ.get(2),
                                                    cols[2][p]));
                    double g = got[p];
                    Expr e = exprs.get(j);
                    assertTrue(
                            RandomExprs.close(want, g, 1e-9), () -> e + ": " + want + " vs " + g);
                }
            }
        }
    }

    @Test
    void broadcastsAndFreesTemporaries() {
        NdArrayFunction f =
                ExprCompiler.toNdArrays(
                        List.of(ExprParser.parse("sin(x)*y + x^2"), XYZ.get(1)),
                        Sym.list("x", "y"));
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new double[] {1, 2, 3}).reshape(3, 1);
            NDArray y = m.create(new double[] {1, 2});
            f.apply(x, y).close();
            int before = m.getManagedArrays().size();
            for (int i = 0; i < 200; i++) {
                NDList out = f.apply(x, y);
                assertEquals(new Shape(3, 2), out.get(0).getShape());
                assertEquals(new Shape(3, 2), out.get(1).getShape());
                out.close();
            }
            assertEquals(before, m.getManagedArrays().size());
        }
    }
}
