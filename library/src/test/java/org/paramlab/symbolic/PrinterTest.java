package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.parse.ExprParser;

class PrinterTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void textFormReadsLikeMath() {
        assertEquals("x^2 + 2*x + 1", p("1 + 2*x + x^2").toString());
        assertEquals("x - 2*y", p("x - 2*y").toString());
        assertEquals("-x^2", p("-x^2").toString());
        assertEquals("(x + y)^2", p("(y + x)^2").toString());
        assertEquals("1/x", p("x^(-1)").toString());
        assertEquals("2*x/(3*y)", p("2*x/(3*y)").toString());
        assertEquals("x^(-a)", p("x^(-a)").toString());
        assertEquals("sqrt(x) + 1/sqrt(y)", p("sqrt(x) + 1/sqrt(y)").toString());
        assertEquals("y*sin(x)", p("sin(x)*y").toString());
        assertEquals("(1/2)^x + 1/3", p("(1/2)^x + 1/3").toString());
        assertEquals("0.5*x", p("0.5*x").toString());
    }

    @Test
    void latexFormUsesFractionsRootsAndGreek() {
        assertEquals("x^{2} + \\frac{\\sin\\left(y\\right)}{3}", p("x^2 + sin(y)/3").latex());
        assertEquals("\\alpha_{1} + \\sqrt{x}", p("alpha_1 + sqrt(x)").latex());
        assertEquals("e^{-x}", p("exp(-x)").latex());
        assertEquals("\\sin^{2}\\left(x\\right)", p("sin(x)^2").latex());
        assertEquals("\\frac{2 k_{1}}{3 y}", p("2*k1/(3*y)").latex());
        assertEquals("\\left|x\\right|", p("abs(x)").latex());
    }

    @Test
    void matricesPrintAsPmatrix() {
        ExprMatrix m =
                ExprMatrix.of(
                        java.util.List.of(
                                java.util.List.of(p("x"), p("1")),
                                java.util.List.of(p("0"), p("y^2"))));
        assertEquals("[[x, 1], [0, y^2]]", m.toString());
        assertEquals("\\begin{pmatrix}x & 1 \\\\ 0 & y^{2}\\end{pmatrix}", m.latex());
    }
}
