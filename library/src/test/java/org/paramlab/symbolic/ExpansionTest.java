package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.paramlab.symbolic.parse.ExprParser;

import java.math.BigInteger;
import java.util.Map;

class ExpansionTest {
    private static Expr p(String s) {
        return ExprParser.parse(s);
    }

    @Test
    void expansionsEqualSymPy() {
        int n = 0;
        for (JsonElement c : SymPyFixtures.load().getAsJsonArray("expand")) {
            JsonObject o = c.getAsJsonObject();
            Expr ours = p(o.get("input").getAsString()).expand();
            assertSame(p(o.get("expanded").getAsString()), ours, o.get("input").getAsString());
            n++;
        }
        assertEquals(11, n);
    }

    @Test
    void multinomialCoefficientsOfTheTwentiethPower() {
        Expr e = p("(1 + a + b + c)^20").expand();
        assertTrue(e instanceof Add);
        Add sum = (Add) e;
        assertEquals(1770, sum.size()); // plus the constant: C(23, 3) = 1771 terms
        assertSame(Num.ONE, sum.constant());
        // 20!/(5!)^4
        Num c = sum.coefficientOf(p("a^5*b^5*c^5"));
        assertEquals(Rational.of(new BigInteger("11732745024")), c.rational());
    }

    @Test
    void expansionGoesInsideFunctionsAndDenominators() {
        assertSame(p("sin(x^2 + 2*x + 1)"), p("sin((x + 1)^2)").expand());
        assertSame(p("1/(x^2 + 2*x + 1)"), p("(x + 1)^(-2)").expand());
        assertSame(p("x^2 + 2 + x^(-2)"), p("(x + 1/x)^2").expand());
    }

    @Test
    void theMultinomialShortcutAgreesWithRepeatedMultiplication() {
        // powers of distinct bases take the shortcut; sums sharing a base or numeric bases do not
        for (String base :
                new String[] {
                    "x + y^2 + sin(z) + 1/2", "2*x - 3*y^(1/2) + z^a", "x + x*y + 1", "sqrt(2) + x"
                }) {
            Expr b = p("(" + base + ")");
            Expr byPower = b.pow(5).expand();
            Expr byProduct = Mul.of(b.pow(2).expand(), b.pow(3).expand()).expand();
            assertSame(byProduct, byPower, base);
        }
    }

    @Test
    void expansionKeepsTheValue() {
        RandomExprs gen = new RandomExprs(7, false);
        for (int i = 0; i < 200; i++) {
            Expr e = gen.next(4);
            Expr x = e.expand();
            Map<Sym, Double> at = gen.point(0.5, 1.5);
            assertTrue(
                    RandomExprs.close(e.eval(at), x.eval(at), 1e-9), () -> e + " expanded to " + x);
        }
    }
}
