package org.paramlab.symbolic.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.List;
import java.util.Map;

class RationalFunctionTest {
    private static final List<Sym> XY = Sym.list("x", "y");

    private static RationalFunction rf(String s) {
        return RationalFunction.of(ExprParser.parse(s), XY);
    }

    @Test
    void sharedFactorsCancel() {
        RationalFunction a = rf("1/(x - y)");
        RationalFunction two = a.add(a).multiply(rf("x - y"));
        assertTrue(two.isPolynomial());
        assertEquals(rf("2"), two);
        assertEquals(rf("x + y"), rf("(x^2 - y^2)/(x - y)"));
        assertTrue(rf("(x^2 - y^2)/(x - y)").isPolynomial());
    }

    @Test
    void sumsUseTheLeastCommonDenominator() {
        RationalFunction s = rf("1/(x - y)^2 + 1/(x - y)");
        assertEquals(1, s.denominatorFactors().size());
        assertEquals(2, s.denominatorFactors().values().iterator().next());
        assertEquals(rf("(1 + x - y)/(x - y)^2"), s);
    }

    @Test
    void valuesAreExact() {
        RationalFunction f = rf("(x + 1)/(3*y) - x/y^2");
        Rational v =
                f.evaluate(Map.of(Sym.of("x"), Rational.of(1, 2), Sym.of("y"), Rational.of(2)));
        // (3/2)/6 - (1/2)/4 = 1/4 - 1/8 = 1/8
        assertEquals(Rational.of(1, 8), v);
        assertThrows(
                ArithmeticException.class,
                () -> f.evaluate(Map.of(Sym.of("x"), Rational.ONE, Sym.of("y"), Rational.ZERO)));
    }

    @Test
    void divisionByZeroIsAnError() {
        assertThrows(ArithmeticException.class, () -> rf("x").divide(rf("x - x")));
    }

    @Test
    void negativePowersAndReciprocals() {
        assertEquals(rf("(x + y)^2/(x - y)^3"), rf("(x - y)/(x + y)").pow(-2).divide(rf("x - y")));
        assertEquals(rf("x"), rf("1/x").reciprocal());
    }
}
