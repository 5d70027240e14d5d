package org.paramlab.stats.optim;

/**
 * A model fitted by nonlinear least squares: its predictions f(θ) at the n observations and their
 * Jacobian ∂fᵢ/∂θⱼ. The default Jacobian is by central differences; override it where the
 * derivatives are known.
 */
public interface ResidualModel {
    /** The number of parameters θ. */
    int parameterCount();

    /**
     * The model's values at every observation.
     *
     * @param theta the parameters, length {@link #parameterCount()}
     * @return f(θ), one value per observation
     */
    double[] values(double[] theta);

    /** ∂fᵢ/∂θⱼ as n rows × p columns, by central differences unless overridden. */
    default double[][] jacobian(double[] theta) {
        int p = theta.length;
        double[] point = theta.clone();
        double[][] jac = null;
        for (int j = 0; j < p; j++) {
            double h = FiniteDifferences.GRADIENT_STEP * Math.max(1, Math.abs(theta[j]));
            point[j] = theta[j] + h;
            double[] up = values(point);
            point[j] = theta[j] - h;
            double[] down = values(point);
            point[j] = theta[j];
            if (jac == null) {
                jac = new double[up.length][p];
            }
            for (int i = 0; i < up.length; i++) {
                jac[i][j] = (up[i] - down[i]) / (2 * h);
            }
        }
        return jac;
    }
}
