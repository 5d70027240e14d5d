package org.paramlab.symbolic.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Expr;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.SymPyFixtures;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class PolynomialTest {
    private static final List<Sym> XYZ = Sym.list("x", "y", "z");
    private static final List<Sym> X = Sym.list("x");

    private static Polynomial poly(String s, List<Sym> vars) {
        return Polynomial.of(ExprParser.parse(s), vars);
    }

    @Test
    void expandedProductsEqualSymPy() {
        for (JsonElement c : SymPyFixtures.load().getAsJsonArray("expand")) {
            JsonObject o = c.getAsJsonObject();
            Polynomial ours = poly(o.get("input").getAsString(), XYZ);
            assertEquals(
                    poly(o.get("expanded").getAsString(), XYZ), ours, o.get("input").getAsString());
        }
    }

    @Test
    void arithmeticMatchesExpansion() {
        Polynomial a = poly("x^2 - 2*x*y + 3", XYZ);
        Polynomial b = poly("x*y + y^2/2 - 1", XYZ);
        assertEquals(poly("(x^2 - 2*x*y + 3)*(x*y + y^2/2 - 1)", XYZ), a.multiply(b));
        assertEquals(poly("(x^2 - 2*x*y + 3)^3", XYZ), a.pow(3));
        assertEquals(poly("x^2 - 3*x*y - y^2/2 + 4", XYZ), a.subtract(b));
        assertEquals(poly("2*x - 2*y", XYZ), a.derivative(Sym.of("x")));
        assertEquals(
                Rational.of(13, 2),
                b.evaluate(
                        Map.of(
                                Sym.of("x"),
                                Rational.ONE,
                                Sym.of("y"),
                                Rational.of(3),
                                Sym.of("z"),
                                Rational.ZERO)));
    }

    @Test
    void univariateGcdAndDivisionEqualSymPy() {
        int n = 0;
        for (JsonElement c : SymPyFixtures.load().getAsJsonArray("univariate")) {
            JsonObject o = c.getAsJsonObject();
            Polynomial f = poly(o.get("f").getAsString(), X);
            Polynomial g = poly(o.get("g").getAsString(), X);
            assertEquals(poly(o.get("gcd").getAsString(), X), Polynomial.gcd(f, g), o.toString());
            DivisionResult r = f.divide(g);
            assertEquals(poly(o.get("quotient").getAsString(), X), r.quotient(), o.toString());
            assertEquals(poly(o.get("remainder").getAsString(), X), r.remainder(), o.toString());
            n++;
        }
        assertEquals(12, n);
    }

    @Test
    void reductionByAGroebnerBasisEqualsSymPy() {
        for (JsonElement c : SymPyFixtures.load().getAsJsonArray("reduction")) {
            JsonObject o = c.getAsJsonObject();
            Polynomial f = poly(o.get("f").getAsString(), XYZ);
            List<Polynomial> basis = new ArrayList<>();
            for (JsonElement g : o.getAsJsonArray("basis")) {
                basis.add(poly(g.getAsString(), XYZ));
            }
            DivisionResult r = f.divide(basis);
            assertEquals(poly(o.get("remainder").getAsString(), XYZ), r.remainder(), o.toString());
            Polynomial back = r.remainder();
            for (int i = 0; i < basis.size(); i++) {
                back = back.add(r.quotients().get(i).multiply(basis.get(i)));
            }
            assertEquals(f, back, "f = Σ q_i g_i + r");
        }
    }

    @Test
    void exactDivisionAndItsFailure() {
        Polynomial f = poly("x^2 - y^2", XYZ);
        assertEquals(poly("x + y", XYZ), f.exactDivide(poly("x - y", XYZ)));
        ArithmeticException e =
                assertThrows(ArithmeticException.class, () -> f.exactDivide(poly("x + 2*y", XYZ)));
        assertTrue(e.getMessage().contains("does not divide"), e.getMessage());
    }

    @Test
    void nonPolynomialsAreRejectedWithTheReason() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> poly("x + sin(y)", XYZ));
        assertTrue(e.getMessage().contains("sin(y)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> poly("1/x", XYZ));
        assertTrue(e.getMessage().contains("RationalFunction"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> poly("x*y^2", X));
        assertTrue(e.getMessage().contains("symbol y"), e.getMessage());
    }

    @Test
    void multivariateGcdIsRefusedClearly() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Polynomial.gcd(poly("x*y", XYZ), poly("x", XYZ)));
        assertTrue(e.getMessage().contains("univariate"), e.getMessage());
    }

    @Test
    void contentAndPrimitivePart() {
        Polynomial f = poly("-6*x^2 + 4*x/3", X);
        assertEquals(Rational.of(-2, 3), f.content());
        assertEquals(poly("9*x^2 - 2*x", X), f.primitive());
        Expr back = f.toExpr();
        assertEquals(ExprParser.parse("-6*x^2 + 4*x/3"), back);
    }

    @Test
    void termOrdersSortDifferently() {
        Polynomial f = poly("x^3 + x^2*z^2 + x*y^3", XYZ);
        assertEquals(List.of(3, 0, 0), toList(f.withOrder(MonomialOrder.LEX).leadingExponents()));
        assertEquals(List.of(2, 0, 2), toList(f.withOrder(MonomialOrder.GRLEX).leadingExponents()));
        assertEquals(
                List.of(1, 3, 0), toList(f.withOrder(MonomialOrder.GREVLEX).leadingExponents()));
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> l = new ArrayList<>();
        for (int v : a) {
            l.add(v);
        }
        return l;
    }
}
