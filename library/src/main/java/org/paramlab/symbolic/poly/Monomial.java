package org.paramlab.symbolic.poly;

import java.util.Arrays;

/** An exponent vector used as a hash key (never mutated once built). */
final class Monomial {
    final int[] e;
    private final int hash;

    Monomial(int[] e) {
        this.e = e;
        this.hash = Arrays.hashCode(e);
    }

    Monomial times(Monomial o) {
        int[] r = new int[e.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = e[i] + o.e[i];
        }
        return new Monomial(r);
    }

    /** this / o, or null when o does not divide this. */
    Monomial dividedBy(Monomial o) {
        int[] r = new int[e.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = e[i] - o.e[i];
            if (r[i] < 0) {
                return null;
            }
        }
        return new Monomial(r);
    }

    int degree() {
        int s = 0;
        for (int x : e) {
            s += x;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial && Arrays.equals(e, ((Monomial) o).e);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
