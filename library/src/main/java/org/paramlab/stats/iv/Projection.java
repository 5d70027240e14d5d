package org.paramlab.stats.iv;

/**
 * The orthogonal projection Π_G = G(GᵀG)⁺Gᵀ onto the column space of G, applied without forming the
 * n × n matrix: Π_G X = G((GᵀG)⁺(GᵀX)).
 */
final class Projection {
    private final double[][] g; // n × k
    private final double[][] gramInverse; // k × k
    private final int rank;

    private Projection(double[][] g) {
        this.g = g;
        double[][] gram = Matrices.transposeTimes(g, g);
        this.gramInverse = Matrices.pseudoInverse(gram);
        this.rank = Matrices.gramRank(gram);
    }

    static Projection onto(double[][] g) {
        if (g.length == 0 || g[0].length == 0) {
            throw new IllegalArgumentException(
                    "Cannot project onto an empty G; give at least one column.");
        }
        return new Projection(g);
    }

    int rank() {
        return rank;
    }

    /** Π_G X. */
    double[][] apply(double[][] x) {
        return Matrices.multiply(g, Matrices.multiply(gramInverse, Matrices.transposeTimes(g, x)));
    }

    /** Π_G y. */
    double[] apply(double[] y) {
        return Matrices.times(g, Matrices.times(gramInverse, Matrices.transposeTimes(g, y)));
    }
}
