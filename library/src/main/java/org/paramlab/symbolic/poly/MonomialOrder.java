package org.paramlab.symbolic.poly;

/**
 * A total order of monomials x^a = x₁^a₁…xₙ^aₙ (exponent vectors a), compatible with
 * multiplication, as in Cox, Little and O'Shea, <i>Ideals, Varieties, and Algorithms</i>, §2.2. The
 * variables' order is that of the polynomial's variable list.
 */
public enum MonomialOrder {
    /** Lexicographic: compare a₁, then a₂, ... */
    LEX,
    /** Graded lexicographic: total degree first, ties by LEX. */
    GRLEX,
    /** Graded reverse lexicographic: total degree first, ties by the smaller last exponent. */
    GREVLEX;

    /** Negative, zero or positive as monomial {@code a} is below, equal to or above {@code b}. */
    public int compare(int[] a, int[] b) {
        if (this != LEX) {
            int c = Integer.compare(sum(a), sum(b));
            if (c != 0) {
                return c;
            }
        }
        if (this == GREVLEX) {
            for (int i = a.length - 1; i >= 0; i--) {
                if (a[i] != b[i]) {
                    return a[i] < b[i] ? 1 : -1;
                }
            }
            return 0;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }
}
