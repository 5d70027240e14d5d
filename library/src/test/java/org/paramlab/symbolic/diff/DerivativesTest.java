package org.paramlab.symbolic.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.ExprMatrix;
import org.paramlab.symbolic.ExprWalk;
import org.paramlab.symbolic.Num;
import org.paramlab.symbolic.Op;
import org.paramlab.symbolic.RandomExprs;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.SymPyFixtures;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

class DerivativesTest {
    private static final Sym X = Sym.of("x");
    private static final Sym Y = Sym.of("y");
    private static final Sym Z = Sym.of("z");

    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    /** Central difference (f(v+h) − f(v−h)) / 2h with the other variables fixed. */
    private static double centralDifference(Expr f, Map<Sym, Double> at, Sym v) {
        double h = 1e-6 * Math.max(1, Math.abs(at.get(v)));
        Map<Sym, Double> up = new HashMap<>(at);
        Map<Sym, Double> down = new HashMap<>(at);
        up.put(v, at.get(v) + h);
        down.put(v, at.get(v) - h);
        return (f.eval(up) - f.eval(down)) / (2 * h);
    }

    @Test
    void closedForms() {
        assertSame(p("2*x*y + y*cos(x*y)"), Derivatives.diff(p("x^2*y + sin(x*y)"), X));
        assertSame(p("x^y*log(x)"), Derivatives.diff(p("x^y"), Y));
        assertSame(p("6"), Derivatives.diff(p("x^3"), X, 3));
        assertSame(Num.ZERO, Derivatives.diff(p("sin(y)"), X));
        assertSame(p("sign(x)"), Derivatives.diff(p("abs(x)"), X));
    }

    @Test
    void derivativesAgreeWithSymPyAndFiniteDifferences() {
        int cases = 0;
        for (JsonElement c : SymPyFixtures.load().getAsJsonArray("derivatives")) {
            JsonObject o = c.getAsJsonObject();
            String input = o.get("input").getAsString();
            Expr f = p(input);
            Expr dfdx = Derivatives.diff(f, X);
            Expr d2 = Derivatives.diff(dfdx, Y);
            Expr sympyDfdx = p(o.get("dfdx").getAsString());
            for (JsonElement v : o.getAsJsonArray("values")) {
                JsonObject pt = v.getAsJsonObject();
                Map<Sym, Double> at =
                        Map.of(X, pt.get("x").getAsDouble(), Y, pt.get("y").getAsDouble());
                double want = pt.get("dfdx").getAsDouble();
                assertClose(pt.get("f").getAsDouble(), f.eval(at), 1e-12, input + " value");
                assertClose(want, dfdx.eval(at), 1e-10, input + " d/dx vs SymPy value");
                assertClose(want, sympyDfdx.eval(at), 1e-10, input + " SymPy's printed d/dx");
                assertClose(pt.get("d2fdxdy").getAsDouble(), d2.eval(at), 1e-9, input + " d2/dxdy");
                assertClose(want, centralDifference(f, at, X), 1e-5, input + " d/dx vs FD");
            }
            cases++;
        }
        assertEquals(30, cases);
    }

    private static void assertClose(double want, double got, double rel, String what) {
        assertTrue(
                Math.abs(want - got) <= rel * Math.max(1, Math.abs(want)),
                () -> what + ": expected " + want + ", got " + got);
    }

    @Test
    void randomExpressionsMatchFiniteDifferences() {
        RandomExprs gen = new RandomExprs(11, false);
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            Expr f = gen.next(4);
            Map<Sym, Double> at = gen.point(0.6, 1.4);
            for (Sym v : RandomExprs.VARS) {
                double exact = Derivatives.diff(f, v).eval(at);
                double fd = centralDifference(f, at, v);
                if (Double.isFinite(exact) && Double.isFinite(fd) && Math.abs(exact) < 1e6) {
                    assertTrue(
                            Math.abs(exact - fd) <= 1e-4 * Math.max(1, Math.abs(exact)),
                            () -> "d/d" + v + " of " + f + ": " + exact + " vs FD " + fd);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "only " + checked + " finite checks");
    }

    @Test
    void jacobianAndHessianHaveTheRightEntries() {
        List<Sym> vars = List.of(X, Y);
        ExprMatrix j = Derivatives.jacobian(List.of(p("x*y"), p("x + y^2")), vars);
        assertEquals("[[y, x], [1, 2*y]]", j.toString());
        ExprMatrix h = Derivatives.hessian(p("x^3*y + exp(y)"), vars);
        assertSame(p("6*x*y"), h.get(0, 0));
        assertSame(p("3*x^2"), h.get(0, 1));
        assertSame(h.get(0, 1), h.get(1, 0));
        assertSame(p("exp(y)"), h.get(1, 1));
    }

    @Test
    void sparseJacobianStoresOnlyNonZerosOfAChain() {
        // a 1-D diffusion stencil: f_i = u_{i-1} - 2 u_i + u_{i+1} + u_i^2
        int n = 8;
        List<Sym> u = Sym.range("u", n);
        List<Expr> fs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Expr f = u.get(i).times(-2).plus(u.get(i).pow(2));
            if (i > 0) {
                f = f.plus(u.get(i - 1));
            }
            if (i < n - 1) {
                f = f.plus(u.get(i + 1));
            }
            fs.add(f);
        }
        SparseJacobian sj = Derivatives.sparseJacobian(fs, u);
        assertEquals(3 * n - 2, sj.pattern().nonZeros());
        assertTrue(sj.pattern().contains(3, 4));
        assertTrue(!sj.pattern().contains(0, 5));
        assertSame(p("2*u3 - 2"), sj.get(3, 3));
        ExprMatrix dense = Derivatives.jacobian(fs, u);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                assertSame(dense.get(i, k), sj.get(i, k));
            }
        }
        assertTrue(sj.pattern().picture().startsWith("xx......\nxxx....."));
    }

    @Test
    void sharedSubtermsAreDifferentiatedOnce() {
        Differentiator d = new Differentiator();
        Expr s = p("sin(x*y)");
        assertSame(d.diff(s, X), d.diff(s, X));
        // e_{k+1} = qf(sin e_k, sin e_k): a DAG of 60 levels whose tree has 2^60 leaves
        Expr e = X;
        for (int k = 0; k < 60; k++) {
            Expr sk = Expr.sin(e);
            e = RandomExprs.QF.of(sk, sk);
        }
        Expr top = e;
        assertTrue(top.treeSize() > 1e18, () -> "tree size " + top.treeSize());
        Expr de = Derivatives.diff(top, X);
        assertTrue(ExprWalk.dagSize(de) < 2000, () -> "derivative DAG has " + ExprWalk.dagSize(de));
    }

    @Test
    void userFunctionWithoutPartialsCannotBeDifferentiated() {
        Expr g = Op.function("noPartials", 1).of(X);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Derivatives.diff(g, X));
        assertTrue(e.getMessage().contains("No derivative known"), e.getMessage());
        assertSame(Num.ZERO, Derivatives.diff(g, Z));
    }
}
