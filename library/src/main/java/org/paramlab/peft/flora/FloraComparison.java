package org.paramlab.peft.flora;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FLoRA notebook's pass conditions evaluated on one task's runs (spec 21): FLoRA's mean test
 * accuracy against LoRA's at each budget, and both against full fine-tuning. Methods are found by
 * their labels, {@code "LoRA 2k"}, {@code "FLoRA 2k"}, …, {@code "full FT"}.
 *
 * @param task the task's name
 * @param flora FLoRA's mean accuracy per budget, in budget order
 * @param lora LoRA's mean accuracy per budget
 * @param fullFineTuning full fine-tuning's mean accuracy, or NaN if it did not run
 */
public record FloraComparison(String task, double[] flora, double[] lora, double fullFineTuning) {

    /**
     * Reads the means from {@code runs}.
     *
     * @throws IllegalArgumentException if a budget's LoRA or FLoRA run is missing
     */
    public static FloraComparison of(List<FloraRunResult> runs, List<Long> budgets) {
        Map<String, Double> mean = FloraStudy.meanAccuracy(runs);
        double[] f = new double[budgets.size()];
        double[] l = new double[budgets.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = require(mean, "FLoRA " + label(budgets.get(i)));
            l[i] = require(mean, "LoRA " + label(budgets.get(i)));
        }
        String task = runs.isEmpty() ? "" : runs.get(0).task();
        return new FloraComparison(task, f, l, mean.getOrDefault("full FT", Double.NaN));
    }

    /** The label of a budget: {@code 2000 → "2k"}. */
    public static String label(long budget) {
        return budget % 1000 == 0 ? budget / 1000 + "k" : Long.toString(budget);
    }

    /** Whether FLoRA's mean is at least LoRA's at every budget. */
    public boolean floraAtLeastLoraEverywhere() {
        for (int i = 0; i < flora.length; i++) {
            if (flora[i] < lora[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether FLoRA beats LoRA by at least {@code margin} at the first (smallest) budget. */
    public boolean floraAheadAtSmallest(double margin) {
        return flora[0] >= lora[0] + margin;
    }

    /** Whether both stay at most {@code margin} above full fine-tuning at every budget. */
    public boolean belowFullFineTuning(double margin) {
        for (int i = 0; i < flora.length; i++) {
            if (Math.max(flora[i], lora[i]) > fullFineTuning + margin) {
                return false;
            }
        }
        return true;
    }

    /** The best mean accuracy of LoRA or FLoRA at any budget. */
    public double bestAdapted() {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < flora.length; i++) {
            best = Math.max(best, Math.max(flora[i], lora[i]));
        }
        return best;
    }

    /** {@code "2k: 0.8123 vs 0.8012; …"}: FLoRA's and LoRA's means, one pair per budget. */
    public String pairs(List<Long> budgets) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < flora.length; i++) {
            s.append(i == 0 ? "" : "; ")
                    .append(
                            String.format(
                                    Locale.ROOT,
                                    "%s: %.4f vs %.4f",
                                    label(budgets.get(i)),
                                    flora[i],
                                    lora[i]));
        }
        return s.toString();
    }

    private static double require(Map<String, Double> mean, String method) {
        Double v = mean.get(method);
        if (v == null) {
            throw new IllegalArgumentException(
                    "No runs of '" + method + "' among " + mean.keySet());
        }
        return v;
    }
}
