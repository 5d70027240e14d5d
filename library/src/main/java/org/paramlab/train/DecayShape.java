package org.paramlab.train;

/**
 * The shape of a learning-rate decay phase: a factor that falls from 1 at the start of the phase to
 * {@code floor} at its end, as a function of the phase's progress p ∈ [0, 1].
 *
 * <ul>
 *   <li>{@link #LINEAR}: f(p) = 1 − (1 − floor)·p.
 *   <li>{@link #COSINE}: f(p) = floor + (1 − floor)·(1 + cos πp)/2 (Loshchilov and Hutter, SGDR,
 *       ICLR 2017, arXiv:1608.03983).
 *   <li>{@link #EXPONENTIAL}: f(p) = A·e^{−p} + B with A = (1 − floor)·e/(e − 1) and B = (floor·e −
 *       1)/(e − 1), the exponential curve rescaled to pass through 1 and floor, as IBM's
 *       dolomite-engine does for the decay of the Power scheduler (our reading; the paper's decay
 *       formula could not be read here).
 * </ul>
 */
public enum DecayShape {
    /** Straight line from 1 to the floor. */
    LINEAR,
    /** Half a cosine period from 1 to the floor. */
    COSINE,
    /** A rescaled e^{−p} from 1 to the floor. */
    EXPONENTIAL;

    /**
     * The factor at progress {@code p} of the decay phase.
     *
     * @param p progress through the phase, clamped to [0, 1]
     * @param floor the factor at p = 1, in [0, 1]
     */
    public double factor(double p, double floor) {
        double x = Math.min(1, Math.max(0, p));
        return switch (this) {
            case LINEAR -> 1 - (1 - floor) * x;
            case COSINE -> floor + (1 - floor) * (1 + Math.cos(Math.PI * x)) / 2;
            case EXPONENTIAL -> {
                double e = Math.E;
                double a = (1 - floor) * e / (e - 1);
                double b = (floor * e - 1) / (e - 1);
                yield a * Math.exp(-x) + b;
            }
        };
    }
}
