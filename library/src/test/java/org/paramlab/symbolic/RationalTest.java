package org.paramlab.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

class RationalTest {
    @Test
    void fractionsAreReducedWithPositiveDenominator() {
        assertEquals(Rational.of(1, 2), Rational.of(2, 4));
        assertEquals("-3/4", Rational.of(3, -4).toString());
        assertEquals(Rational.of(3), Rational.parse("0.75").multiply(Rational.of(4)));
    }

    @Test
    void overflowFallsBackToBigIntegers() {
        Rational big = Rational.of(Long.MAX_VALUE).add(Rational.ONE);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), big.numerator());
        assertEquals(Rational.of(Long.MAX_VALUE), big.subtract(Rational.ONE));
        Rational p = Rational.of(3).pow(100);
        assertEquals(BigInteger.valueOf(3).pow(100), p.numerator());
        assertEquals(Rational.ONE, p.divide(p));
    }

    @Test
    void exactRootsExistOnlyForPerfectPowers() {
        assertEquals(Rational.of(3, 2), Rational.of(9, 4).exactRoot(2));
        assertEquals(Rational.of(-2), Rational.of(-8).exactRoot(3));
        assertNull(Rational.of(2).exactRoot(2));
        assertNull(Rational.of(-4).exactRoot(2));
    }

    @Test
    void divisionByZeroThrows() {
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Rational.ZERO.reciprocal());
    }

    @Test
    void comparisonIsNumeric() {
        assertEquals(-1, Rational.of(1, 3).compareTo(Rational.of(1, 2)));
        assertEquals(0, Rational.of(2, 6).compareTo(Rational.of(1, 3)));
    }
}
