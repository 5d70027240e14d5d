package org.paramlab.peft.loha;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * LoHa's settings with HF PEFT's names and defaults ({@code peft/tuners/loha/config.py}): {@code r
 * = 8}, {@code alpha = 8}, no rank or module dropout. HF has no default targets for LoHa; {@link
 * #defaults()} takes LoRA's {@code query} and {@code value} so the two compare on the same modules.
 *
 * @param rank r of each Hadamard factor (the update's rank can reach r²); at most {@code min(in,
 *     out)}
 * @param alpha α; the update is scaled by α/r
 * @param targetModules Linear modules to adapt
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record LohaConfig(
        int rank, double alpha, List<String> targetModules, List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive rank or α, or no targets
     */
    public LohaConfig {
        if (rank <= 0 || !(alpha > 0)) {
            throw new IllegalArgumentException(
                    "LoHa needs rank > 0 and alpha > 0, got " + rank + ", " + alpha);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("LoHa needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** r = 8, α = 8 on {@code query} and {@code value}. */
    public static LohaConfig defaults() {
        return new LohaConfig(8, 8, List.of("query", "value"), List.of());
    }

    /** This config with rank {@code r}. */
    public LohaConfig withRank(int r) {
        return new LohaConfig(r, alpha, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public LohaConfig withModulesToSave(List<String> modules) {
        return new LohaConfig(rank, alpha, targetModules, modules);
    }

    /** This config with other targets. */
    public LohaConfig withTargetModules(List<String> targets) {
        return new LohaConfig(rank, alpha, targets, modulesToSave);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "LOHA";
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
        j.addProperty("init_weights", true);
        return j;
    }

    static LohaConfig fromJson(JsonObject j) {
        return new LohaConfig(
                JsonFields.integer(j, "r", 8),
                JsonFields.number(j, "alpha", 8),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
