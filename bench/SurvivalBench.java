import org.paramlab.data.SurvivalData;
import org.paramlab.stats.survival.ApgwModels;
import org.paramlab.stats.survival.CensoredSample;
import org.paramlab.stats.survival.SurvivalFitResult;
import org.paramlab.stats.survival.SurvivalMle;
import org.paramlab.stats.survival.SurvivalModel;
import org.paramlab.stats.survival.WeibullFamily;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times ParamLab's censored maximum-likelihood fits on the shipped survival data, the same models
 * bench/survival_bench.R fits with R's survreg (run both with bench/survival_vs_r.sh).
 *
 * <pre>
 * java -cp CLASSPATH bench/SurvivalBench.java [repetitions]
 * </pre>
 *
 * Prints one line per fit: name, log-likelihood, median milliseconds per fit over the repetitions
 * (after as many warm-up fits), including standard errors (the observed information).
 */
public class SurvivalBench {
    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        SurvivalData data = new SurvivalData();
        CensoredSample veteran = CensoredSample.from(data.veteran(), "time", "status", 1, "trt");
        CensoredSample lung = CensoredSample.from(data.lung(), "time", "status", 2, "sex", "age");
        CensoredSample melanoma =
                CensoredSample.from(data.melanoma(), "time", "status", 1, "ulcer");
        time("veteran weibull ~ trt", reps, () -> weibull(veteran, "trt"));
        time("lung weibull ~ sex + age", reps, () -> weibull(lung, "sex", "age"));
        time("melanoma weibull ~ ulcer", reps, () -> weibull(melanoma, "ulcer"));
        time(
                "veteran APGW-PH+power ~ trt (no R peer)",
                Math.max(5, reps / 10),
                () -> SurvivalMle.fit(ApgwModels.apgwPhPower("trt"), veteran));
    }

    static SurvivalFitResult weibull(CensoredSample sample, String... covariates) {
        return SurvivalMle.fit(
                SurvivalModel.of("weibull", WeibullFamily.INSTANCE)
                        .withCovariates("lambda", covariates),
                sample);
    }

    static void time(String name, int reps, Supplier<SurvivalFitResult> fit) {
        double logLik = 0;
        for (int i = 0; i < reps; i++) {
            logLik = fit.get().logLikelihood();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            fit.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "java\t%s\t%.10f\t%.3f%n", name, logLik, ms[reps / 2]);
    }
}
