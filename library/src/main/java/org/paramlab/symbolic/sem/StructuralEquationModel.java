package org.paramlab.symbolic.sem;

import org.paramlab.symbolic.Rational;
import org.paramlab.symbolic.Sym;
import org.paramlab.symbolic.poly.Polynomial;
import org.paramlab.symbolic.poly.PolynomialMatrices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The linear structural equation model of a {@link MixedGraph}: X = ΛᵀX + ε with Cov(ε) = Ω, so Σ =
 * (I − Λ)⁻ᵀ Ω (I − Λ)⁻¹ whenever I − Λ is invertible. Works with the numerator det(I − Λ)²·Σ, which
 * is a polynomial matrix, computed either by one-connections ({@link OneConnection}) or by exact
 * inversion, at rational points or symbolically; and with the generic rank of the Jacobian of θ ↦
 * Σ(θ): full rank (= the number of parameters) means the parametrisation is generically
 * finite-to-one.
 */
public final class StructuralEquationModel {
    private final MixedGraph g;
    private final List<Sym> params;

    /** The model of {@code g}. */
    public StructuralEquationModel(MixedGraph g) {
        this.g = g;
        this.params = g.parameters();
    }

    /** The graph. */
    public MixedGraph graph() {
        return g;
    }

    /** The parameters θ. */
    public List<Sym> parameters() {
        return params;
    }

    /**
     * A random point: every parameter a non-zero integer in [−bound, bound], with I − Λ invertible.
     */
    public Map<Sym, Rational> randomPoint(Random rng, int bound) {
        while (true) {
            Map<Sym, Rational> p = new HashMap<>();
            for (Sym s : params) {
                int v = 1 + rng.nextInt(bound);
                p.put(s, Rational.of(rng.nextBoolean() ? v : -v));
            }
            if (!determinant(p).isZero()) {
                return p;
            }
        }
    }

    private OneConnection.Ring<Rational> ring(Map<Sym, Rational> point) {
        return new OneConnection.Ring<>(
                Rational.ZERO,
                Rational.ONE,
                Rational::add,
                Rational::multiply,
                Rational::negate,
                (i, j) -> point.get(MixedGraph.lambda(i, j)),
                (k, l) -> point.get(MixedGraph.omega(k, l)));
    }

    private OneConnection.Ring<Polynomial> polynomialRing() {
        return new OneConnection.Ring<>(
                Polynomial.constant(Rational.ZERO, params),
                Polynomial.constant(Rational.ONE, params),
                Polynomial::add,
                Polynomial::multiply,
                Polynomial::negate,
                (i, j) -> Polynomial.variable(MixedGraph.lambda(i, j), params),
                (k, l) -> Polynomial.variable(MixedGraph.omega(k, l), params));
    }

    /** det(I − Λ) at a point, by cycles. */
    public Rational determinant(Map<Sym, Rational> point) {
        return OneConnection.determinant(g, ring(point));
    }

    /** det(I − Λ)²·Σ at a point, by one-connections. */
    public Rational[][] numeratorByOneConnections(Map<Sym, Rational> point) {
        List<List<Rational>> s = OneConnection.numerator(g, ring(point));
        Rational[][] out = new Rational[g.n()][g.n()];
        for (int i = 0; i < g.n(); i++) {
            out[i] = s.get(i).toArray(new Rational[0]);
        }
        return out;
    }

    /**
     * det(I − Λ)²·(I − Λ)⁻ᵀ Ω (I − Λ)⁻¹ at a point, by exact Gaussian elimination.
     *
     * @throws IllegalArgumentException if I − Λ is singular there
     */
    public Rational[][] numeratorByInversion(Map<Sym, Rational> point) {
        int n = g.n();
        Rational[][] a = new Rational[n][n];
        Rational[][] w = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational l =
                        g.hasDirected(i, j) ? point.get(MixedGraph.lambda(i, j)) : Rational.ZERO;
                a[i][j] = (i == j ? Rational.ONE : Rational.ZERO).subtract(l);
                w[i][j] = g.hasOmega(i, j) ? point.get(MixedGraph.omega(i, j)) : Rational.ZERO;
            }
        }
        Rational[][] inv = RationalMatrices.inverse(a);
        if (inv == null) {
            throw new IllegalArgumentException("I − Λ is singular at " + point);
        }
        Rational d = determinant(point);
        Rational d2 = d.multiply(d);
        Rational[][] out = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational s = Rational.ZERO;
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        if (!w[k][l].isZero()) {
                            s = s.add(inv[k][i].multiply(w[k][l]).multiply(inv[l][j]));
                        }
                    }
                }
                out[i][j] = s.multiply(d2);
            }
        }
        return out;
    }

    /** det(I − Λ)²·Σ as polynomials in θ, by one-connections. */
    public Polynomial[][] numeratorPolynomials() {
        List<List<Polynomial>> s = OneConnection.numerator(g, polynomialRing());
        Polynomial[][] out = new Polynomial[g.n()][];
        for (int i = 0; i < g.n(); i++) {
            out[i] = s.get(i).toArray(new Polynomial[0]);
        }
        return out;
    }

    /** det(I − Λ)²·Σ = adj(A)ᵀ Ω adj(A) as polynomials, by symbolic adjugates (Bareiss). */
    public Polynomial[][] numeratorPolynomialsByInversion() {
        int n = g.n();
        Polynomial zero = Polynomial.constant(Rational.ZERO, params);
        Polynomial one = Polynomial.constant(Rational.ONE, params);
        Polynomial[][] a = new Polynomial[n][n];
        Polynomial[][] w = new Polynomial[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Polynomial l =
                        g.hasDirected(i, j)
                                ? Polynomial.variable(MixedGraph.lambda(i, j), params)
                                : zero;
                a[i][j] = (i == j ? one : zero).subtract(l);
                w[i][j] =
                        g.hasOmega(i, j)
                                ? Polynomial.variable(MixedGraph.omega(i, j), params)
                                : zero;
            }
        }
        Polynomial[][] adj = PolynomialMatrices.adjugate(a);
        return PolynomialMatrices.multiply(
                PolynomialMatrices.multiply(PolynomialMatrices.transpose(adj), w), adj);
    }

    /** det(I − Λ) as a polynomial. */
    public Polynomial determinantPolynomial() {
        return OneConnection.determinant(g, polynomialRing());
    }

    /** True when the formula and the inversion agree exactly at {@code points} random points. */
    public boolean formulaMatchesInversion(Random rng, int points) {
        for (int k = 0; k < points; k++) {
            Map<Sym, Rational> p = randomPoint(rng, 9);
            Rational[][] a = numeratorByOneConnections(p);
            Rational[][] b = numeratorByInversion(p);
            for (int i = 0; i < g.n(); i++) {
                for (int j = 0; j < g.n(); j++) {
                    if (!a[i][j].equals(b[i][j])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The rank of ∂σᵢⱼ/∂θ (i ≤ j), exactly, maximised over {@code points} random integer points
     * (the generic rank with high probability).
     */
    public int jacobianRank(Random rng, int points) {
        Polynomial[][] s = numeratorPolynomials();
        Polynomial d = determinantPolynomial();
        int best = 0;
        for (int q = 0; q < points; q++) {
            Map<Sym, Rational> p = randomPoint(rng, 50);
            Rational dv = d.evaluate(p);
            List<Rational[]> rows = new ArrayList<>();
            for (int i = 0; i < g.n(); i++) {
                for (int j = i; j < g.n(); j++) {
                    Rational[] row = new Rational[params.size()];
                    Rational sv = s[i][j].evaluate(p);
                    for (int k = 0; k < params.size(); k++) {
                        Sym t = params.get(k);
                        // ∂(S/d²)/∂θ · d³ = ∂S·d − 2·S·∂d
                        row[k] =
                                s[i][j].derivative(t)
                                        .evaluate(p)
                                        .multiply(dv)
                                        .subtract(
                                                Rational.of(2)
                                                        .multiply(sv)
                                                        .multiply(d.derivative(t).evaluate(p)));
                    }
                    rows.add(row);
                }
            }
            best = Math.max(best, RationalMatrices.rank(rows.toArray(new Rational[0][])));
        }
        return best;
    }
}
