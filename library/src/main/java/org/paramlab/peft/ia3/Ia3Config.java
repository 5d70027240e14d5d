package org.paramlab.peft.ia3;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.Targets;

import java.util.List;

/**
 * (IA)³'s settings with HF PEFT's names and defaults ({@code peft/tuners/ia3/config.py} and the
 * BERT entries of its target-module mappings): targets {@code ["key", "value", "output.dense"]},
 * feed-forward modules {@code ["output.dense"]}.
 *
 * <p>Note HF's suffix matching: {@code output.dense} also matches {@code attention.output.dense},
 * so with the defaults both output projections scale their inputs.
 *
 * @param targetModules Linear modules to rescale
 * @param feedforwardModules the targets whose input (not output) is rescaled; each must be a target
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record Ia3Config(
        List<String> targetModules, List<String> feedforwardModules, List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if there are no targets or a feed-forward pattern is not
     *     among them
     */
    public Ia3Config {
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("(IA)3 needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        feedforwardModules =
                feedforwardModules == null ? List.of() : List.copyOf(feedforwardModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
        for (String f : feedforwardModules) {
            if (!targetModules.contains(f)) {
                throw new IllegalArgumentException(
                        "feedforward_modules "
                                + feedforwardModules
                                + " must be among target_modules "
                                + targetModules);
            }
        }
    }

    /** HF PEFT's BERT defaults. */
    public static Ia3Config defaults() {
        return new Ia3Config(
                List.of("key", "value", "output.dense"), List.of("output.dense"), List.of());
    }

    /** This config with modules trained in full. */
    public Ia3Config withModulesToSave(List<String> modules) {
        return new Ia3Config(targetModules, feedforwardModules, modules);
    }

    /** This config with other targets and feed-forward modules. */
    public Ia3Config withTargets(List<String> targets, List<String> feedforward) {
        return new Ia3Config(targets, feedforward, modulesToSave);
    }

    /** Whether the module at {@code path} rescales its input. */
    public boolean isFeedforward(String path) {
        return Targets.matchesAny(feedforwardModules, path);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "IA3";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.add("feedforward_modules", JsonFields.array(feedforwardModules, false));
        j.addProperty("init_ia3_weights", true);
        j.addProperty("fan_in_fan_out", false);
        return j;
    }

    static Ia3Config fromJson(JsonObject j) {
        return new Ia3Config(
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "feedforward_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
