package org.paramlab.stats.survival;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.paramlab.stats.optim.Bfgs;
import org.paramlab.stats.optim.BfgsConfig;
import org.paramlab.stats.optim.BfgsResult;
import org.paramlab.stats.optim.FiniteDifferences;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Censored maximum likelihood for a {@link SurvivalModel}: maximises ℓ(β) = Σ δᵢ log h(tᵢ; θᵢ) −
 * H(tᵢ; θᵢ), θᵢ_k = link⁻¹(x_ikᵀβ_k), by {@link Bfgs} on standardised covariates, and takes
 * standard errors from the inverse observed information −∇²ℓ(β̂) (finite differences of the
 * analytic score). This is the estimation of Burke, Jones and Noufaily, JRSS-C 69(2):429–457, 2020,
 * arXiv:1901.03212, §3, and for the Weibull and log-logistic families it reproduces R's {@code
 * survreg} (see the tests' fixtures).
 *
 * <pre>{@code
 * var sample = CensoredSample.from(new SurvivalData().veteran(), "time", "status", 1, "trt");
 * SurvivalFitResult fit = SurvivalMle.fit(SurvivalModel.of("Weibull", WeibullFamily.INSTANCE)
 *         .withCovariates("lambda", "trt"), sample);
 * fit.summary()
 * }</pre>
 */
public final class SurvivalMle {
    private static final BfgsConfig CONFIG = new BfgsConfig(1000, 1e-9, 1e-15);

    private SurvivalMle() {}

    /**
     * Fits from the family's start values (intercepts at the family's {@link
     * HazardFamily#start(double)} for the sample's median time, slopes 0).
     *
     * @throws IllegalArgumentException if the sample lacks a covariate the model uses, or the
     *     design is singular (a constant covariate, collinear covariates, more coefficients than
     *     subjects)
     */
    public static SurvivalFitResult fit(SurvivalModel model, CensoredSample sample) {
        LikelihoodDesign design = new LikelihoodDesign(model, sample);
        double[] start = design.start(model.family().start(sample.medianTime()));
        return fitFrom(model, sample, design, start);
    }

    /**
     * Fits from several starts and keeps the highest log-likelihood: for families whose likelihood
     * can have several local maxima (APGW's κ).
     *
     * @param starts natural-scale start values of the family's parameters, one array per start
     */
    public static SurvivalFitResult fitBest(
            SurvivalModel model, CensoredSample sample, List<double[]> starts) {
        LikelihoodDesign design = new LikelihoodDesign(model, sample);
        SurvivalFitResult best = null;
        for (double[] natural : starts) {
            SurvivalFitResult fit = fitFrom(model, sample, design, design.start(natural));
            if (best == null
                    || (fit.logLikelihood() > best.logLikelihood()
                            && Double.isFinite(fit.logLikelihood()))) {
                best = fit;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("fitBest needs at least one start, found none.");
        }
        return best;
    }

    /**
     * Fits from given coefficients (original scale, in {@link SurvivalModel#coefficientNames()}
     * order), e.g. the true values in a simulation or a simpler model's estimates.
     */
    public static SurvivalFitResult fitFrom(
            SurvivalModel model, CensoredSample sample, double[] coefficients) {
        LikelihoodDesign design = new LikelihoodDesign(model, sample);
        if (coefficients.length != design.coefficientCount()) {
            throw new IllegalArgumentException(
                    "Model '"
                            + model.name()
                            + "' has "
                            + design.coefficientCount()
                            + " coefficients "
                            + model.coefficientNames()
                            + ", the start has "
                            + coefficients.length
                            + ".");
        }
        return fitFrom(model, sample, design, design.toStandardised(coefficients));
    }

    /** ℓ(β) at original-scale coefficients (no fitting). */
    public static double logLikelihood(
            SurvivalModel model, CensoredSample sample, double[] coefficients) {
        LikelihoodDesign design = new LikelihoodDesign(model, sample);
        double[] beta = design.toStandardised(coefficients);
        return -design.evaluate(beta, new double[beta.length]) * design.size();
    }

    private static SurvivalFitResult fitFrom(
            SurvivalModel model, CensoredSample sample, LikelihoodDesign design, double[] start) {
        Objects.requireNonNull(model, "model");
        BfgsResult optimum = Bfgs.minimize(design, start, CONFIG);
        double[] betaStd = optimum.point();
        int p = betaStd.length;
        int n = design.size();
        double[][] hessian = FiniteDifferences.hessian(design, betaStd);
        double[][] t = design.toOriginal();
        double[][] covStd = new double[p][p];
        boolean positive = true;
        try {
            RealMatrix information = new Array2DRowRealMatrix(hessian).scalarMultiply(n);
            covStd =
                    new CholeskyDecomposition(information, 1e-12, 1e-14)
                            .getSolver()
                            .getInverse()
                            .getData();
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            positive = false;
        }
        double[][] cov = new double[p][p];
        double[] se = new double[p];
        if (positive) {
            cov = multiply(multiply(t, covStd), transpose(t));
            for (int i = 0; i < p; i++) {
                se[i] = Math.sqrt(cov[i][i]);
            }
        } else {
            for (double[] row : cov) {
                Arrays.fill(row, Double.NaN);
            }
            Arrays.fill(se, Double.NaN);
        }
        double[] estimates = multiply(t, betaStd);
        return new SurvivalFitResult(
                model,
                model.coefficientNames(),
                estimates,
                se,
                cov,
                -optimum.value() * n,
                n,
                sample.eventCount(),
                optimum.iterations(),
                optimum.stop(),
                optimum.gradientNorm());
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b[0].length;
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                for (int j = 0; j < cols; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += a[i][j] * v[j];
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }
}
