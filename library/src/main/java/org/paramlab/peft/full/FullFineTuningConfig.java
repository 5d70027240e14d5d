package org.paramlab.peft.full;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * Full (or partial) fine-tuning as a baseline in the same framework: every parameter of the modules
 * {@code targetModules} selects trains, in place. {@link #all()} is full fine-tuning, {@link
 * #topLayers(int, int)} trains the last k encoder layers (the CPU stand-in for full fine-tuning in
 * the survey's reproduction), {@link #linearProbe()} trains nothing but the {@code modulesToSave}
 * head.
 *
 * @param targetModules module patterns whose parameters train; empty for a linear probe
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record FullFineTuningConfig(List<String> targetModules, List<String> modulesToSave)
        implements PeftConfig {

    /** Copies the lists. */
    public FullFineTuningConfig {
        targetModules = targetModules == null ? List.of() : List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** Every parameter trains. */
    public static FullFineTuningConfig all() {
        return new FullFineTuningConfig(List.of(".*"), List.of());
    }

    /**
     * The last {@code k} of {@code numLayers} BERT encoder layers train ({@code encoder.layer.<i>},
     * i ≥ numLayers − k).
     *
     * @throws IllegalArgumentException unless 1 ≤ k ≤ numLayers
     */
    public static FullFineTuningConfig topLayers(int k, int numLayers) {
        if (k < 1 || k > numLayers) {
            throw new IllegalArgumentException(
                    "topLayers needs 1 ≤ k ≤ " + numLayers + ", got " + k);
        }
        StringBuilder alternatives = new StringBuilder();
        for (int i = numLayers - k; i < numLayers; i++) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(i);
        }
        return new FullFineTuningConfig(
                List.of(".*encoder\\.layer\\.(" + alternatives + ")"), List.of());
    }

    /** Nothing of the model trains; only the {@code modulesToSave} head. */
    public static FullFineTuningConfig linearProbe() {
        return new FullFineTuningConfig(List.of(), List.of());
    }

    /** This config with modules trained in full and saved, e.g. the head. */
    public FullFineTuningConfig withModulesToSave(List<String> modules) {
        return new FullFineTuningConfig(targetModules, modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "FULL";
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

    static FullFineTuningConfig fromJson(JsonObject j) {
        return new FullFineTuningConfig(
                JsonFields.strings(j, "target_modules"), JsonFields.strings(j, "modules_to_save"));
    }
}
