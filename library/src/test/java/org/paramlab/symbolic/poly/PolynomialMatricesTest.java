package org.paramlab.symbolic.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.parse.ExprParser;

import java.util.List;

class PolynomialMatricesTest {
    private static final List<Sym> VARS = Sym.list("a", "b", "c", "d");

    private static Polynomial p(String s) {
        return Polynomial.of(ExprParser.parse(s), VARS);
    }

    @Test
    void determinantOfACycleMatrix() {
        // I − Λ for the 3-cycle 0→1→2→0 with edge weights a, b, c
        Polynomial[][] m = {
            {p("1"), p("-a"), p("0")},
            {p("0"), p("1"), p("-b")},
            {p("-c"), p("0"), p("1")}
        };
        assertEquals(p("1 - a*b*c"), PolynomialMatrices.determinant(m));
    }

    @Test
    void determinantNeedsPivoting() {
        Polynomial[][] m = {{p("0"), p("a")}, {p("b"), p("c")}};
        assertEquals(p("-a*b"), PolynomialMatrices.determinant(m));
    }

    @Test
    void inverseTimesMatrixIsTheIdentity() {
        Polynomial[][] m = {
            {p("1"), p("-a"), p("0")},
            {p("d"), p("1"), p("-b")},
            {p("-c"), p("0"), p("1")}
        };
        RationalFunction[][] inv = PolynomialMatrices.inverse(m);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                RationalFunction s = RationalFunction.of(Polynomial.constant(Rational.ZERO, VARS));
                for (int k = 0; k < 3; k++) {
                    s = s.add(RationalFunction.of(m[i][k]).multiply(inv[k][j]));
                }
                assertEquals(RationalFunction.of(p(i == j ? "1" : "0")), s, i + "," + j);
            }
        }
    }

    @Test
    void singularMatricesAndBadShapesAreRejected() {
        Polynomial[][] m = {{p("a"), p("b")}, {p("2*a"), p("2*b")}};
        assertThrows(ArithmeticException.class, () -> PolynomialMatrices.inverse(m));
        Polynomial[][] bad = {{p("a"), p("b")}};
        assertThrows(IllegalArgumentException.class, () -> PolynomialMatrices.determinant(bad));
    }
}
