package org.paramlab.symbolic.experiment;

import java.util.List;

/**
 * The workloads of the term-representation comparison (paper 14's W1–W3).
 *
 * @param powers the exponents n of W1, expand (x + y + z + 1)^n, each in [1, 12]
 * @param monomials the number of random monomials of W2 (like-term collection), ≥ 1
 * @param repeats timed runs per measurement (the median is reported), ≥ 1
 * @param seed seed of W2's monomials
 */
public record RepresentationStudyConfig(
        List<Integer> powers, int monomials, int repeats, long seed) {
    /**
     * Validates the workloads.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public RepresentationStudyConfig {
        powers = List.copyOf(powers);
        for (int n : powers) {
            if (n < 1 || n > 12) {
                throw new IllegalArgumentException("W1 powers must be in [1, 12], found " + n);
            }
        }
        if (monomials < 1 || repeats < 1) {
            throw new IllegalArgumentException(
                    "monomials and repeats must be ≥ 1, found " + monomials + ", " + repeats);
        }
    }

    /** n = 6 … 12, 2,000 monomials, 5 repeats, seed 14 (the paper's sizes). */
    public static RepresentationStudyConfig defaults() {
        return new RepresentationStudyConfig(List.of(6, 7, 8, 9, 10, 11, 12), 2_000, 5, 14);
    }

    /** With other W1 powers. */
    public RepresentationStudyConfig withPowers(List<Integer> p) {
        return new RepresentationStudyConfig(p, monomials, repeats, seed);
    }

    /** With another number of W2 monomials. */
    public RepresentationStudyConfig withMonomials(int m) {
        return new RepresentationStudyConfig(powers, m, repeats, seed);
    }

    /** With another number of timed runs. */
    public RepresentationStudyConfig withRepeats(int r) {
        return new RepresentationStudyConfig(powers, monomials, r, seed);
    }
}
