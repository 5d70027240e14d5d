package org.paramlab.symbolic.poly;

import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact linear algebra on square matrices of polynomials: determinant by Bareiss' fraction-free
 * elimination (E. H. Bareiss, "Sylvester's identity and multistep integer-preserving Gaussian
 * elimination", Math. Comp. 22, 1968), adjugate, inverse as rational functions, products and
 * transposes. Used for Σ = (I−Λ)^{−T} Ω (I−Λ)^{−1} = adj(I−Λ)ᵀ Ω adj(I−Λ) / det(I−Λ)².
 */
public final class PolynomialMatrices {
    private PolynomialMatrices() {}

    /**
     * det(m).
     *
     * @throws IllegalArgumentException if m is not square
     */
    public static Polynomial determinant(Polynomial[][] m) {
        int n = checkSquare(m);
        if (n == 0) {
            throw new IllegalArgumentException("The empty matrix has no variables to work in");
        }
        List<Sym> vs = variables(m);
        Polynomial[][] a = new Polynomial[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = m[i][j].withVariables(vs);
            }
        }
        Polynomial prev = Polynomial.constant(Rational.ONE, vs);
        boolean negate = false;
        for (int k = 0; k < n - 1; k++) {
            if (a[k][k].isZero()) {
                int p = k + 1;
                while (p < n && a[p][k].isZero()) {
                    p++;
                }
                if (p == n) {
                    return Polynomial.constant(Rational.ZERO, vs);
                }
                Polynomial[] t = a[k];
                a[k] = a[p];
                a[p] = t;
                negate = !negate;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    Polynomial num = a[i][j].multiply(a[k][k]).subtract(a[i][k].multiply(a[k][j]));
                    a[i][j] = num.exactDivide(prev);
                }
            }
            prev = a[k][k];
        }
        return negate ? a[n - 1][n - 1].negate() : a[n - 1][n - 1];
    }

    /** The adjugate (transposed cofactor matrix): m · adj(m) = det(m) · I. */
    public static Polynomial[][] adjugate(Polynomial[][] m) {
        int n = checkSquare(m);
        List<Sym> vs = variables(m);
        Polynomial[][] adj = new Polynomial[n][n];
        if (n == 1) {
            adj[0][0] = Polynomial.constant(Rational.ONE, vs);
            return adj;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Polynomial[][] minor = new Polynomial[n - 1][n - 1];
                for (int r = 0, rr = 0; r < n; r++) {
                    if (r == i) {
                        continue;
                    }
                    for (int c = 0, cc = 0; c < n; c++) {
                        if (c != j) {
                            minor[rr][cc++] = m[r][c].withVariables(vs);
                        }
                    }
                    rr++;
                }
                Polynomial d = determinant(minor);
                adj[j][i] = (i + j) % 2 == 0 ? d : d.negate();
            }
        }
        return adj;
    }

    /**
     * m⁻¹ = adj(m) / det(m), entrywise as rational functions.
     *
     * @throws ArithmeticException if det(m) is the zero polynomial
     */
    public static RationalFunction[][] inverse(Polynomial[][] m) {
        Polynomial det = determinant(m);
        if (det.isZero()) {
            throw new ArithmeticException("The matrix is singular: its determinant is 0");
        }
        Polynomial[][] adj = adjugate(m);
        int n = m.length;
        RationalFunction d = RationalFunction.of(det);
        RationalFunction[][] inv = new RationalFunction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inv[i][j] = RationalFunction.of(adj[i][j]).divide(d);
            }
        }
        return inv;
    }

    /**
     * a · b.
     *
     * @throws IllegalArgumentException if the inner sizes differ
     */
    public static Polynomial[][] multiply(Polynomial[][] a, Polynomial[][] b) {
        int n = a.length;
        int k = b.length;
        int m = k == 0 ? 0 : b[0].length;
        if (n > 0 && a[0].length != k) {
            throw new IllegalArgumentException(
                    "Cannot multiply " + n + "x" + a[0].length + " by " + k + "x" + m);
        }
        Polynomial[][] c = new Polynomial[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                Polynomial s = null;
                for (int l = 0; l < k; l++) {
                    Polynomial t = a[i][l].multiply(b[l][j]);
                    s = s == null ? t : s.add(t);
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    /** The transpose. */
    public static Polynomial[][] transpose(Polynomial[][] a) {
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        Polynomial[][] t = new Polynomial[m][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static int checkSquare(Polynomial[][] m) {
        for (Polynomial[] row : m) {
            if (row.length != m.length) {
                throw new IllegalArgumentException(
                        "Expected a square matrix, found a row of "
                                + row.length
                                + " in a matrix of "
                                + m.length
                                + " rows");
            }
        }
        return m.length;
    }

    private static List<Sym> variables(Polynomial[][] m) {
        List<Sym> vs = new ArrayList<>();
        for (Polynomial[] row : m) {
            for (Polynomial p : row) {
                for (Sym s : p.variables()) {
                    if (!vs.contains(s)) {
                        vs.add(s);
                    }
                }
            }
        }
        return vs;
    }
}
