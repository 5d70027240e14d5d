package org.paramlab.stats.survival;

import org.paramlab.search.montecarlo.MonteCarlo;

import java.util.List;
import java.util.Map;

/**
 * Runs a {@link SurvivalStudyConfig}: per replication, simulate by exact inverse cumulative hazard
 * ({@link SurvivalSimulator}), fit by {@link SurvivalMle} from the family's generic start (not the
 * truth), keep estimates and standard errors. Replications run in parallel on independent split
 * streams, so results do not depend on the thread count.
 */
public final class SurvivalStudy {
    private SurvivalStudy() {}

    /** One replication's outcome. */
    record Replication(
            double[] estimates, double[] standardErrors, boolean converged, double censored) {}

    /**
     * Runs every replication with a progress bar.
     *
     * @throws java.util.concurrent.CancellationException if the user interrupts the cell
     */
    public static SurvivalStudyResult run(SurvivalStudyConfig config) {
        int n = config.subjects();
        double[] x = new double[n];
        for (int i = n / 2; i < n; i++) {
            x[i] = 1;
        }
        Map<String, double[]> design = Map.of(SurvivalStudyConfig.COVARIATE, x);
        double[] truth = config.trueCoefficients();
        double rate =
                config.censoredFraction() > 0
                        ? SurvivalSimulator.censoringRate(
                                config.truth(), truth, design, config.censoredFraction())
                        : 0;
        String label = config.fitted().name() + ", n = " + n;
        List<Replication> reps =
                MonteCarlo.map(
                        config.replications(),
                        config.seed(),
                        config.threads(),
                        label,
                        (index, random) -> {
                            CensoredSample sample =
                                    SurvivalSimulator.simulate(
                                            config.truth(), truth, design, rate, random);
                            SurvivalFitResult fit = SurvivalMle.fit(config.fitted(), sample);
                            return new Replication(
                                    fit.estimates(),
                                    fit.standardErrors(),
                                    fit.converged() && Double.isFinite(fit.standardErrors()[0]),
                                    sample.censoredFraction());
                        });
        int r = reps.size();
        double[][] estimates = new double[r][];
        double[][] ses = new double[r][];
        boolean[] converged = new boolean[r];
        double censored = 0;
        for (int i = 0; i < r; i++) {
            estimates[i] = reps.get(i).estimates();
            ses[i] = reps.get(i).standardErrors();
            converged[i] = reps.get(i).converged();
            censored += reps.get(i).censored() / r;
        }
        return new SurvivalStudyResult(config, estimates, ses, converged, censored, rate);
    }
}
