package org.paramlab.symbolic.sem;

import org.paramlab.symbolic.Rational;

/** Exact Gaussian elimination over the rationals: inverse and rank. */
final class RationalMatrices {
    private RationalMatrices() {}

    /** A⁻¹, or null when A is singular. */
    static Rational[][] inverse(Rational[][] a) {
        int n = a.length;
        Rational[][] m = new Rational[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2 * n; j++) {
                m[i][j] = j < n ? a[i][j] : (j - n == i ? Rational.ONE : Rational.ZERO);
            }
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            while (p < n && m[p][c].isZero()) {
                p++;
            }
            if (p == n) {
                return null;
            }
            Rational[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            Rational inv = Rational.ONE.divide(m[c][c]);
            for (int j = 0; j < 2 * n; j++) {
                m[c][j] = m[c][j].multiply(inv);
            }
            for (int i = 0; i < n; i++) {
                if (i != c && !m[i][c].isZero()) {
                    Rational f = m[i][c];
                    for (int j = 0; j < 2 * n; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[c][j]));
                    }
                }
            }
        }
        Rational[][] out = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, out[i], 0, n);
        }
        return out;
    }

    /** The rank of a (rows × cols), exactly. */
    static int rank(Rational[][] a) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        Rational[][] m = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = a[i].clone();
        }
        int r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int p = r;
            while (p < rows && m[p][c].isZero()) {
                p++;
            }
            if (p == rows) {
                continue;
            }
            Rational[] t = m[r];
            m[r] = m[p];
            m[p] = t;
            for (int i = r + 1; i < rows; i++) {
                if (!m[i][c].isZero()) {
                    Rational f = m[i][c].divide(m[r][c]);
                    for (int j = c; j < cols; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[r][j]));
                    }
                }
            }
            r++;
        }
        return r;
    }
}
