package org.paramlab.symbolic;

/**
 * Integer powers of doubles by binary powering (square-and-multiply), the one algorithm shared by
 * {@link Expr#eval} and the generated code of {@code org.paramlab.symbolic.codegen}, so that both
 * give bitwise the same value. x^n for n ≥ 1 is built from the bits of n, low to high: the running
 * square x, x², x⁴, … is multiplied into the result for each set bit, with the result starting at
 * the first such square (x³ = x·x², x⁵ = x·x⁴, x⁶ = x²·x⁴); x^−n is 1/x^n and x⁰ is 1. It costs
 * ⌊log₂ n⌋ squarings and popcount(n) − 1 multiplications, the count {@link CpuCostTable} charges.
 */
public final class Powers {
    private Powers() {}

    /** x^n by binary powering (n may be negative: 1/x^|n|; x^0 = 1, also for 0 and NaN). */
    public static double integerPower(double x, int n) {
        if (n == 0) {
            return 1.0;
        }
        if (n < 0) {
            return 1.0 / positivePower(x, -(long) n);
        }
        return positivePower(x, n);
    }

    private static double positivePower(double x, long n) {
        double result = 0;
        boolean started = false;
        double square = x;
        while (true) {
            if ((n & 1) != 0) {
                result = started ? result * square : square;
                started = true;
            }
            n >>>= 1;
            if (n == 0) {
                return result;
            }
            square = square * square;
        }
    }
}
