package org.paramlab.stats.sensing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One gradient-descent run on a matrix-sensing problem, as studied by Xiong, Ding and Du, "How
 * Over-Parameterization Slows Down Gradient Descent in Matrix Sensing: The Curses of Symmetry and
 * Initialization", ICLR 2024, arXiv:2310.01769.
 *
 * <p>The ground truth M* (n×n, rank r = {@code spectrum.size()}) is drawn by {@link GroundTruth}
 * from {@code seed}; the factors start at X₀ = α·N(0, 1)/√n (symmetric) or F₀ = α·N(0, 1)/√n, G₀ =
 * (α/3)·N(0, 1)/√n (asymmetric; the α versus α/3 imbalance is the paper's), from a stream derived
 * from {@code seed}. Defaults follow this notebook's calibration, not a figure of the paper: n =
 * 20, M* eigenvalues {1, 0.5}, k = 3, α = 0.1, η = 0.05, 32,000 steps, identity sensing, seed 42,
 * the error recorded every 10 steps.
 *
 * @param factorization symmetric XXᵀ or asymmetric FGᵀ
 * @param n the size of M* (n×n)
 * @param k the number of columns of X (or F and G); k = r is exact, k &gt; r over-parameterization
 * @param spectrum the r non-zero eigenvalues (symmetric) or singular values (asymmetric) of M*
 * @param alpha α, the initialization scale
 * @param eta η, the step size
 * @param steps T, the number of GD steps
 * @param sensing the measurement operator
 * @param seed seed of the ground truth and the initialization
 * @param recordEvery the error is recorded at steps 0, recordEvery, 2·recordEvery, … and T
 * @param modification a one-step modification of asymmetric GD, or {@link Modification#none()}
 */
public record MatrixSensingConfig(
        Factorization factorization,
        int n,
        int k,
        List<Double> spectrum,
        double alpha,
        double eta,
        int steps,
        Sensing sensing,
        long seed,
        int recordEvery,
        Modification modification) {

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field, the value found and a fix
     * @throws NullPointerException if a reference field is null
     */
    public MatrixSensingConfig {
        Objects.requireNonNull(factorization, "factorization");
        Objects.requireNonNull(sensing, "sensing");
        Objects.requireNonNull(modification, "modification");
        Objects.requireNonNull(spectrum, "spectrum");
        spectrum = List.copyOf(spectrum);
        if (n < 1) {
            throw new IllegalArgumentException(
                    "n must be at least 1, found " + n + "; the paper's experiments use n = 20.");
        }
        if (spectrum.isEmpty() || spectrum.size() > n) {
            throw new IllegalArgumentException(
                    "The spectrum of M* needs between 1 and n = "
                            + n
                            + " values (its rank r), found "
                            + spectrum.size()
                            + "; use e.g. withSpectrum(List.of(1.0, 0.5)).");
        }
        for (double value : spectrum) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(
                        "Spectrum values of M* must be positive and finite, found "
                                + spectrum
                                + "; a zero eigenvalue lowers the rank r instead.");
            }
        }
        int r = spectrum.size();
        if (k < r) {
            throw new IllegalArgumentException(
                    "k = "
                            + k
                            + " is below the rank r = "
                            + r
                            + " of M*, so the factorization cannot represent it; use k >= "
                            + r
                            + " (k = r is exact parameterization, k > r over-parameterization).");
        }
        if (k > n) {
            throw new IllegalArgumentException(
                    "k = " + k + " exceeds n = " + n + "; use r <= k <= n.");
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(
                    "The initialization scale alpha must be positive and finite, found "
                            + alpha
                            + "; the paper's regime is small alpha, e.g. 0.05 to 0.4.");
        }
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException(
                    "The step size eta must be positive and finite, found "
                            + eta
                            + "; use e.g. 0.05 for a ground truth with largest eigenvalue 1.");
        }
        if (steps < 1) {
            throw new IllegalArgumentException(
                    "steps must be at least 1, found " + steps + "; use e.g. 32_000.");
        }
        if (recordEvery < 1 || recordEvery > steps) {
            throw new IllegalArgumentException(
                    "recordEvery must be between 1 and steps = "
                            + steps
                            + ", found "
                            + recordEvery
                            + "; use e.g. 10.");
        }
        if (modification instanceof Modification.Rebalance
                && factorization != Factorization.ASYMMETRIC) {
            throw new IllegalArgumentException(
                    "The rebalancing step transforms F and G, but the factorization is "
                            + factorization
                            + "; use withFactorization(Factorization.ASYMMETRIC) or"
                            + " Modification.none().");
        }
    }

    /** The notebook's calibrated defaults (see the type's Javadoc). */
    public static MatrixSensingConfig defaults() {
        return new MatrixSensingConfig(
                Factorization.SYMMETRIC,
                20,
                3,
                List.of(1.0, 0.5),
                0.1,
                0.05,
                32_000,
                Sensing.identity(),
                42,
                10,
                Modification.none());
    }

    /** r, the rank of M*. */
    public int r() {
        return spectrum.size();
    }

    /** True when k &gt; r. */
    public boolean overParameterized() {
        return k > r();
    }

    /** A short label for legends, e.g. {@code asym k=3 α=0.1}. */
    public String label() {
        String text =
                String.format(
                        Locale.ROOT, "%s k=%d \u03b1=%s", factorization.shortName(), k, alpha);
        if (!(sensing instanceof Sensing.Identity)) {
            text += " " + sensing.label();
        }
        if (!(modification instanceof Modification.None)) {
            text += " +" + modification.label();
        }
        return text;
    }

    /** This config with another factorization. */
    public MatrixSensingConfig withFactorization(Factorization value) {
        return new MatrixSensingConfig(
                value, n, k, spectrum, alpha, eta, steps, sensing, seed, recordEvery, modification);
    }

    /** This config with another n. */
    public MatrixSensingConfig withN(int value) {
        return new MatrixSensingConfig(
                factorization,
                value,
                k,
                spectrum,
                alpha,
                eta,
                steps,
                sensing,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another k. */
    public MatrixSensingConfig withK(int value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                value,
                spectrum,
                alpha,
                eta,
                steps,
                sensing,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another spectrum of M* (its rank r is the list's size). */
    public MatrixSensingConfig withSpectrum(List<Double> value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                value,
                alpha,
                eta,
                steps,
                sensing,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another initialization scale α. */
    public MatrixSensingConfig withAlpha(double value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                value,
                eta,
                steps,
                sensing,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another step size η. */
    public MatrixSensingConfig withEta(double value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                alpha,
                value,
                steps,
                sensing,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another number of steps T. */
    public MatrixSensingConfig withSteps(int value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                alpha,
                eta,
                value,
                sensing,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another measurement operator. */
    public MatrixSensingConfig withSensing(Sensing value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                alpha,
                eta,
                steps,
                value,
                seed,
                recordEvery,
                modification);
    }

    /** This config with another seed. */
    public MatrixSensingConfig withSeed(long value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                alpha,
                eta,
                steps,
                sensing,
                value,
                recordEvery,
                modification);
    }

    /** This config with another recording interval. */
    public MatrixSensingConfig withRecordEvery(int value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                alpha,
                eta,
                steps,
                sensing,
                seed,
                value,
                modification);
    }

    /** This config with another one-step modification. */
    public MatrixSensingConfig withModification(Modification value) {
        return new MatrixSensingConfig(
                factorization,
                n,
                k,
                spectrum,
                alpha,
                eta,
                steps,
                sensing,
                seed,
                recordEvery,
                value);
    }
}
