package org.paramlab.peft.lokr;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * LoKr's settings with HF PEFT's names and defaults ({@code peft/tuners/lokr/config.py}): {@code r
 * = 8}, {@code alpha = 8}, {@code decompose_both = false}, {@code decompose_factor = -1} (the most
 * balanced factorisation). Targets default to LoRA's {@code query} and {@code value}.
 *
 * @param rank r of the low-rank second Kronecker factor (used only when r is below half its size)
 * @param alpha α; the update is scaled by α/r
 * @param decomposeBoth whether the first factor is low-rank too
 * @param decomposeFactor the preferred size of the first factor, or -1 for the most balanced
 * @param targetModules Linear modules to adapt
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record LokrConfig(
        int rank,
        double alpha,
        boolean decomposeBoth,
        int decomposeFactor,
        List<String> targetModules,
        List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive rank or α, a factor of 0 or below -1, or
     *     no targets
     */
    public LokrConfig {
        if (rank <= 0 || !(alpha > 0) || decomposeFactor == 0 || decomposeFactor < -1) {
            throw new IllegalArgumentException(
                    "LoKr needs rank > 0, alpha > 0 and decompose_factor -1 or positive, got "
                            + rank
                            + ", "
                            + alpha
                            + ", "
                            + decomposeFactor);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("LoKr needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** r = 8, α = 8, balanced factors, on {@code query} and {@code value}. */
    public static LokrConfig defaults() {
        return new LokrConfig(8, 8, false, -1, List.of("query", "value"), List.of());
    }

    /** This config with rank {@code r}. */
    public LokrConfig withRank(int r) {
        return new LokrConfig(
                r, alpha, decomposeBoth, decomposeFactor, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public LokrConfig withModulesToSave(List<String> modules) {
        return new LokrConfig(rank, alpha, decomposeBoth, decomposeFactor, targetModules, modules);
    }

    /** This config with other targets. */
    public LokrConfig withTargetModules(List<String> targets) {
        return new LokrConfig(rank, alpha, decomposeBoth, decomposeFactor, targets, modulesToSave);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "LOKR";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.addProperty("r", rank);
        j.addProperty("alpha", alpha);
        j.addProperty("rank_dropout", 0.0);
        j.addProperty("module_dropout", 0.0);
        j.addProperty("use_effective_conv2d", false);
        j.addProperty("decompose_both", decomposeBoth);
        j.addProperty("decompose_factor", decomposeFactor);
        j.addProperty("init_weights", true);
        return j;
    }

    static LokrConfig fromJson(JsonObject j) {
        return new LokrConfig(
                JsonFields.integer(j, "r", 8),
                JsonFields.number(j, "alpha", 8),
                JsonFields.bool(j, "decompose_both", false),
                JsonFields.integer(j, "decompose_factor", -1),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
