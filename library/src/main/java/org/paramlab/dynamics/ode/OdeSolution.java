package org.paramlab.dynamics.ode;

import java.util.List;

/**
 * The result of integrating an {@link OdeSystem}: the accepted steps (or only the start and the end
 * when steps are not recorded) and the work done.
 *
 * @param times tᵢ, increasing, the first the initial time and the last the final time
 * @param states yᵢ at each tᵢ
 * @param stats the counts of steps and evaluations
 */
public record OdeSolution(double[] times, List<double[]> states, Stats stats) {
    /**
     * The work an integration did.
     *
     * @param accepted accepted steps
     * @param rejected rejected steps
     * @param rhsEvaluations evaluations of f
     * @param jacobianEvaluations evaluations of J
     * @param factorizations LU factorisations of W
     * @param solves linear solves with W
     */
    public record Stats(
            int accepted,
            int rejected,
            int rhsEvaluations,
            int jacobianEvaluations,
            int factorizations,
            int solves) {}

    /** Copies the arrays. */
    public OdeSolution {
        times = times.clone();
        states = List.copyOf(states);
    }

    /** The final time. */
    public double finalTime() {
        return times[times.length - 1];
    }

    /** The state at the final time (a copy). */
    public double[] finalState() {
        return states.get(states.size() - 1).clone();
    }

    /** Component {@code i} at every recorded time. */
    public double[] component(int i) {
        double[] out = new double[states.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = states.get(k)[i];
        }
        return out;
    }

    /** The times (a copy). */
    @Override
    public double[] times() {
        return times.clone();
    }
}
