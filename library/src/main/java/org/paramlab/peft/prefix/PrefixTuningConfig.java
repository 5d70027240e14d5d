package org.paramlab.peft.prefix;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * Prefix tuning's settings with HF PEFT's names ({@code peft/tuners/prefix_tuning/config.py}), in
 * its default form without the reparameterising MLP ({@code prefix_projection = false}): P virtual
 * tokens of keys and values in every targeted attention block, initialised {@code N(0, 1)} as HF's
 * {@code torch.nn.Embedding}.
 *
 * @param numVirtualTokens P, the prefix length
 * @param initStd standard deviation of the prefix's normal initialisation (HF: 1)
 * @param targetModules the attention blocks (see {@link org.paramlab.nn.PrefixAttention})
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record PrefixTuningConfig(
        int numVirtualTokens,
        double initStd,
        List<String> targetModules,
        List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive length or std, or no targets
     */
    public PrefixTuningConfig {
        if (numVirtualTokens <= 0 || !(initStd > 0)) {
            throw new IllegalArgumentException(
                    "Prefix tuning needs numVirtualTokens > 0 and initStd > 0, got "
                            + numVirtualTokens
                            + ", "
                            + initStd);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("Prefix tuning needs attention modules to target.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** P virtual tokens in every BERT {@code attention.self}. */
    public static PrefixTuningConfig of(int numVirtualTokens) {
        return new PrefixTuningConfig(numVirtualTokens, 1.0, List.of("attention.self"), List.of());
    }

    /** This config with another initial standard deviation. */
    public PrefixTuningConfig withInitStd(double std) {
        return new PrefixTuningConfig(numVirtualTokens, std, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public PrefixTuningConfig withModulesToSave(List<String> modules) {
        return new PrefixTuningConfig(numVirtualTokens, initStd, targetModules, modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "PREFIX_TUNING";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.addProperty("num_virtual_tokens", numVirtualTokens);
        j.addProperty("num_transformer_submodules", 1);
        j.addProperty("prefix_projection", false);
        return j;
    }

    static PrefixTuningConfig fromJson(JsonObject j) {
        if (JsonFields.bool(j, "prefix_projection", false)) {
            throw new IllegalArgumentException(
                    "prefix_projection = true (the reparameterising MLP) is not implemented here.");
        }
        List<String> targets = JsonFields.strings(j, "target_modules");
        return new PrefixTuningConfig(
                JsonFields.integer(j, "num_virtual_tokens", 0),
                1.0,
                targets.isEmpty() ? List.of("attention.self") : targets,
                JsonFields.strings(j, "modules_to_save"));
    }
}
