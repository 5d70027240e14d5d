package org.paramlab.peft.lntuning;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * LayerNorm tuning's settings with HF PEFT's name ({@code LN_TUNING}, {@code
 * peft/tuners/ln_tuning/config.py}). HF has no BERT default; {@link #defaults()} targets every
 * module named {@code LayerNorm}.
 *
 * @param targetModules LayerNorm modules whose scale and shift are trained
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record LnTuningConfig(List<String> targetModules, List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if there are no targets
     */
    public LnTuningConfig {
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("LN tuning needs at least one target pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** Every {@code LayerNorm}. */
    public static LnTuningConfig defaults() {
        return new LnTuningConfig(List.of("LayerNorm"), List.of());
    }

    /** This config with modules trained in full. */
    public LnTuningConfig withModulesToSave(List<String> modules) {
        return new LnTuningConfig(targetModules, modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "LN_TUNING";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        return new JsonObject();
    }

    static LnTuningConfig fromJson(JsonObject j) {
        return new LnTuningConfig(
                JsonFields.strings(j, "target_modules"), JsonFields.strings(j, "modules_to_save"));
    }
}
