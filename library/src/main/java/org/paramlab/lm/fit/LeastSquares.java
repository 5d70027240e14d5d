package org.paramlab.lm.fit;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/** Ordinary least squares by QR decomposition, with an intercept column. */
final class LeastSquares {
    private LeastSquares() {}

    /**
     * β minimising ‖y − [1 X]β‖², β₀ the intercept.
     *
     * @throws IllegalArgumentException if the design is rank-deficient (fewer distinct points than
     *     coefficients)
     */
    static double[] solve(double[][] x, double[] y) {
        int n = y.length;
        int k = x.length == 0 ? 0 : x[0].length;
        double[][] design = new double[n][k + 1];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            System.arraycopy(x[i], 0, design[i], 1, k);
        }
        var qr = new QRDecomposition(new Array2DRowRealMatrix(design, false), 1e-10);
        var solver = qr.getSolver();
        try {
            RealVector beta = solver.solve(new ArrayRealVector(y, false));
            double[] out = beta.toArray();
            for (double b : out) {
                if (!Double.isFinite(b)) {
                    throw new IllegalArgumentException("degenerate design");
                }
            }
            return out;
        } catch (org.hipparchus.exception.MathIllegalArgumentException singular) {
            throw new IllegalArgumentException(
                    "The regression is rank-deficient: "
                            + n
                            + " points cannot determine "
                            + (k + 1)
                            + " coefficients (are the predictors constant or collinear?).",
                    singular);
        }
    }

    /** 1 − SS_res/SS_tot of the prediction [1 X]β. */
    static double rSquared(double[][] x, double[] y, double[] beta) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double res = 0;
        double tot = 0;
        for (int i = 0; i < y.length; i++) {
            double fit = predict(x[i], beta);
            res += (y[i] - fit) * (y[i] - fit);
            tot += (y[i] - mean) * (y[i] - mean);
        }
        return tot == 0 ? (res == 0 ? 1 : 0) : 1 - res / tot;
    }

    static double predict(double[] x, double[] beta) {
        double v = beta[0];
        for (int j = 0; j < x.length; j++) {
            v += beta[j + 1] * x[j];
        }
        return v;
    }
}
