package org.paramlab.symbolic.sem;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.poly.Polynomial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The homogeneous polynomials of a given degree that vanish on every covariance matrix of a {@link
 * StructuralEquationModel} (the degree-d part of its vanishing ideal), found by interpolation: the
 * monomials of degree d in the entries σᵢⱼ (i ≤ j) are evaluated at many sampled covariance
 * matrices, and the null space of that evaluation matrix is the space of invariants. As Σ ∝ det(I −
 * Λ)²Σ, samples use the polynomial numerator.
 *
 * <p>{@link #count} and {@link #invariants} work exactly, modulo the prime p = 2³¹ − 1 with
 * parameters drawn uniformly mod p (a spurious drop in rank has probability at most degree/p per
 * sample, Schwartz–Zippel); each invariant's rational coefficients are recovered from its residues
 * (rational reconstruction) and the polynomial is then checked to vanish identically by
 * substituting the symbolic parametrisation. {@link #singularValues} is the floating-point version
 * the paper uses (numerical implicitisation with an SVD).
 */
public final class Implicitization {
    static final long P = 2_147_483_647L;

    /**
     * An invariant and whether it was verified to vanish identically.
     *
     * @param polynomial the invariant in the variables {@code s<i>_<j>}
     * @param verified true when substituting σ(θ) gives exactly 0
     */
    public record Invariant(Polynomial polynomial, boolean verified) {}

    private Implicitization() {}

    /** The symbol σᵢⱼ (i ≤ j), named {@code s<i>_<j>}. */
    public static Sym sigma(int i, int j) {
        return Sym.of("s" + Math.min(i, j) + "_" + Math.max(i, j));
    }

    /** The variables σᵢⱼ, i ≤ j, row by row. */
    public static List<Sym> sigmaVariables(int n) {
        List<Sym> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                out.add(sigma(i, j));
            }
        }
        return out;
    }

    /** The dimension of the degree-d invariants (exact modulo p). */
    public static int count(StructuralEquationModel m, int degree, Random rng) {
        long[][] a = evaluationMatrix(m, degree, rng);
        return a[0].length - rref(a).size();
    }

    /** A basis of the degree-d invariants, each with its exact verification. */
    public static List<Invariant> invariants(StructuralEquationModel m, int degree, Random rng) {
        long[][] a = evaluationMatrix(m, degree, rng);
        List<Integer> pivots = rref(a);
        int cols = a[0].length;
        List<int[]> monos = monomials(m.graph().n() * (m.graph().n() + 1) / 2, degree);
        List<Sym> vars = sigmaVariables(m.graph().n());
        Polynomial[][] s = m.numeratorPolynomials();
        List<Polynomial> sub = new ArrayList<>();
        for (int i = 0; i < m.graph().n(); i++) {
            for (int j = i; j < m.graph().n(); j++) {
                sub.add(s[i][j]);
            }
        }
        List<Invariant> out = new ArrayList<>();
        for (int free = 0; free < cols; free++) {
            if (pivots.contains(free)) {
                continue;
            }
            Rational[] coeff = new Rational[cols];
            Arrays.fill(coeff, Rational.ZERO);
            coeff[free] = Rational.ONE;
            boolean ok = true;
            for (int r = 0; r < pivots.size(); r++) {
                long v = (P - a[r][free]) % P;
                Rational q = reconstruct(v);
                if (q == null) {
                    ok = false;
                    break;
                }
                coeff[pivots.get(r)] = q;
            }
            Polynomial f = Polynomial.constant(Rational.ZERO, vars);
            Polynomial image = Polynomial.constant(Rational.ZERO, m.parameters());
            for (int c = 0; c < cols && ok; c++) {
                if (coeff[c].isZero()) {
                    continue;
                }
                Polynomial mono = Polynomial.constant(coeff[c], vars);
                Polynomial img = Polynomial.constant(coeff[c], m.parameters());
                for (int v : monos.get(c)) {
                    mono = mono.multiply(Polynomial.variable(vars.get(v), vars));
                    img = img.multiply(sub.get(v));
                }
                f = f.add(mono);
                image = image.add(img);
            }
            out.add(new Invariant(f, ok && image.isZero()));
        }
        return out;
    }

    /**
     * The singular values of the floating-point evaluation matrix (monomials of degree d at random
     * real parameters, each sample normalised to unit largest entry), largest first and divided by
     * the largest: the numerical view of {@link #count}.
     */
    public static double[] singularValues(StructuralEquationModel m, int degree, Random rng) {
        int n = m.graph().n();
        List<int[]> monos = monomials(n * (n + 1) / 2, degree);
        int rows = monos.size() + 20;
        double[][] a = new double[rows][monos.size()];
        for (int r = 0; r < rows; r++) {
            double[] s = realSample(m, rng);
            for (int c = 0; c < monos.size(); c++) {
                double v = 1;
                for (int k : monos.get(c)) {
                    v *= s[k];
                }
                a[r][c] = v;
            }
        }
        double[] sv =
                new SingularValueDecomposition(new Array2DRowRealMatrix(a, false))
                        .getSingularValues();
        double top = sv[0];
        return Arrays.stream(sv).map(x -> x / top).toArray();
    }

    private static double[] realSample(StructuralEquationModel m, Random rng) {
        MixedGraph g = m.graph();
        int n = g.n();
        double[][] a = new double[n][n];
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
            w[i][i] = 0.5 + rng.nextDouble();
        }
        for (MixedGraph.Edge e : g.directed()) {
            a[e.from()][e.to()] = -(rng.nextDouble() - 0.5);
        }
        for (MixedGraph.Edge e : g.bidirected()) {
            double v = 0.4 * (rng.nextDouble() - 0.5);
            w[e.from()][e.to()] = v;
            w[e.to()][e.from()] = v;
        }
        RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver().getInverse();
        RealMatrix sigma = inv.transpose().multiply(new Array2DRowRealMatrix(w)).multiply(inv);
        double[] out = new double[n * (n + 1) / 2];
        int k = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                out[k] = sigma.getEntry(i, j);
                max = Math.max(max, Math.abs(out[k++]));
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= max;
        }
        return out;
    }

    /** Rows: samples (as many as monomials plus 20); columns: monomials of degree d, mod p. */
    private static long[][] evaluationMatrix(StructuralEquationModel m, int degree, Random rng) {
        int n = m.graph().n();
        List<int[]> monos = monomials(n * (n + 1) / 2, degree);
        long[][] a = new long[monos.size() + 20][monos.size()];
        for (long[] row : a) {
            long[] s = sampleModP(m.graph(), rng);
            for (int c = 0; c < monos.size(); c++) {
                long v = 1;
                for (int k : monos.get(c)) {
                    v = v * s[k] % P;
                }
                row[c] = v;
            }
        }
        return a;
    }

    /** det(A)²Σ = adj(A)ᵀ Ω adj(A) mod p at random parameters, entries i ≤ j. */
    static long[] sampleModP(MixedGraph g, Random rng) {
        int n = g.n();
        while (true) {
            long[][] a = new long[n][2 * n];
            long[][] w = new long[n][n];
            for (int i = 0; i < n; i++) {
                a[i][i] = 1;
                a[i][n + i] = 1;
                w[i][i] = 1 + Math.floorMod(rng.nextLong(), P - 1);
            }
            for (MixedGraph.Edge e : g.directed()) {
                a[e.from()][e.to()] = P - (1 + Math.floorMod(rng.nextLong(), P - 1));
            }
            for (MixedGraph.Edge e : g.bidirected()) {
                long v = 1 + Math.floorMod(rng.nextLong(), P - 1);
                w[e.from()][e.to()] = v;
                w[e.to()][e.from()] = v;
            }
            long det = 1;
            boolean singular = false;
            for (int c = 0; c < n && !singular; c++) { // Gauss–Jordan on [A | I]
                int p = c;
                while (p < n && a[p][c] == 0) {
                    p++;
                }
                if (p == n) {
                    singular = true;
                    break;
                }
                if (p != c) {
                    long[] t = a[p];
                    a[p] = a[c];
                    a[c] = t;
                    det = P - det;
                }
                det = det * a[c][c] % P;
                long inv = inverse(a[c][c]);
                for (int j = 0; j < 2 * n; j++) {
                    a[c][j] = a[c][j] * inv % P;
                }
                for (int i = 0; i < n; i++) {
                    if (i != c && a[i][c] != 0) {
                        long f = a[i][c];
                        for (int j = 0; j < 2 * n; j++) {
                            a[i][j] = Math.floorMod(a[i][j] - f * a[c][j] % P, P);
                        }
                    }
                }
            }
            if (singular) {
                continue;
            }
            long[][] adj = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    adj[i][j] = a[i][n + j] * det % P;
                }
            }
            long[] out = new long[n * (n + 1) / 2];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    long s = 0;
                    for (int x = 0; x < n; x++) {
                        for (int y = 0; y < n; y++) {
                            if (w[x][y] != 0) {
                                s = (s + adj[x][i] * w[x][y] % P * adj[y][j]) % P;
                            }
                        }
                    }
                    out[k++] = s;
                }
            }
            return out;
        }
    }

    /** Reduces a to reduced row echelon form mod p in place; returns the pivot columns. */
    static List<Integer> rref(long[][] a) {
        int rows = a.length;
        int cols = a[0].length;
        List<Integer> pivots = new ArrayList<>();
        int r = 0;
        for (int c = 0; c < cols && r < rows; c++) {
            int p = r;
            while (p < rows && a[p][c] == 0) {
                p++;
            }
            if (p == rows) {
                continue;
            }
            long[] t = a[p];
            a[p] = a[r];
            a[r] = t;
            long inv = inverse(a[r][c]);
            for (int j = c; j < cols; j++) {
                a[r][j] = a[r][j] * inv % P;
            }
            for (int i = 0; i < rows; i++) {
                if (i != r && a[i][c] != 0) {
                    long f = a[i][c];
                    for (int j = c; j < cols; j++) {
                        a[i][j] = Math.floorMod(a[i][j] - f * a[r][j] % P, P);
                    }
                }
            }
            pivots.add(c);
            r++;
        }
        return pivots;
    }

    /** The monomials of total degree d in m variables, as sorted variable index lists. */
    static List<int[]> monomials(int m, int d) {
        List<int[]> out = new ArrayList<>();
        build(m, d, 0, new int[d], 0, out);
        return out;
    }

    private static void build(int m, int d, int from, int[] cur, int k, List<int[]> out) {
        if (k == d) {
            out.add(cur.clone());
            return;
        }
        for (int v = from; v < m; v++) {
            cur[k] = v;
            build(m, d, v, cur, k + 1, out);
        }
    }

    private static long inverse(long a) {
        return java.math.BigInteger.valueOf(a)
                .modInverse(java.math.BigInteger.valueOf(P))
                .longValue();
    }

    /** The rational a/b ≡ v (mod p) with |a|, |b| ≤ √(p/2), or null (Wang's reconstruction). */
    static Rational reconstruct(long v) {
        long bound = (long) Math.sqrt(P / 2.0);
        long r0 = P;
        long r1 = v;
        long t0 = 0;
        long t1 = 1;
        while (r1 > bound) {
            long q = r0 / r1;
            long r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            long t2 = t0 - q * t1;
            t0 = t1;
            t1 = t2;
        }
        if (t1 == 0 || Math.abs(t1) > bound) {
            return null;
        }
        return Rational.of(t1 < 0 ? -r1 : r1, Math.abs(t1));
    }
}
