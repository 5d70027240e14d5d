package org.paramlab.peft.bitfit;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * BitFit's settings. HF PEFT has no BitFit method, so adapters are written in its layout under
 * {@code peft_type = "BITFIT"} and read back only here. Default: the biases of every Linear and
 * LayerNorm module, as in the paper (Ben Zaken, Ravfogel, Goldberg, ACL 2022, arXiv:2106.10199, §2:
 * all bias terms, LayerNorm shifts included).
 *
 * @param targetModules modules whose bias trains (Linear with a bias, LayerNorm)
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record BitFitConfig(List<String> targetModules, List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if there are no targets
     */
    public BitFitConfig {
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("BitFit needs at least one target pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** Every bias of the model. */
    public static BitFitConfig defaults() {
        return new BitFitConfig(List.of(".*"), List.of());
    }

    /** This config with modules trained in full (their biases are then not BitFit's). */
    public BitFitConfig withModulesToSave(List<String> modules) {
        return new BitFitConfig(targetModules, modules);
    }

    /** This config with other targets. */
    public BitFitConfig withTargetModules(List<String> targets) {
        return new BitFitConfig(targets, modulesToSave);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "BITFIT";
    }

    /** {@inheritDoc} */
    @Override
    public boolean hfCompatible() {
        return false;
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        return new JsonObject();
    }

    static BitFitConfig fromJson(JsonObject j) {
        return new BitFitConfig(
                JsonFields.strings(j, "target_modules"), JsonFields.strings(j, "modules_to_save"));
    }
}
