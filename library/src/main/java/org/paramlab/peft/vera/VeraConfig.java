package org.paramlab.peft.vera;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * VeRA's settings with HF PEFT's names and defaults ({@code peft/tuners/vera/config.py}): {@code r
 * = 256}, {@code projection_prng_key = 0}, {@code save_projection = true}, {@code d_initial = 0.1},
 * and for BERT the targets {@code query} and {@code value}.
 *
 * @param rank r of the shared random projections
 * @param projectionSeed seed of the frozen random matrices A and B
 * @param saveProjection whether A and B go into the adapter file ({@code base_model.vera_A}, …)
 * @param dInitial initial value of every entry of the scaling vector {@code d}
 * @param targetModules Linear modules to adapt
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record VeraConfig(
        int rank,
        long projectionSeed,
        boolean saveProjection,
        double dInitial,
        List<String> targetModules,
        List<String> modulesToSave)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive rank or no targets
     */
    public VeraConfig {
        if (rank <= 0) {
            throw new IllegalArgumentException("VeRA needs rank > 0, got " + rank);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("VeRA needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** HF PEFT's defaults on {@code query} and {@code value}. */
    public static VeraConfig defaults() {
        return new VeraConfig(256, 0, true, 0.1, List.of("query", "value"), List.of());
    }

    /** This config with rank {@code r}. */
    public VeraConfig withRank(int r) {
        return new VeraConfig(
                r, projectionSeed, saveProjection, dInitial, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public VeraConfig withModulesToSave(List<String> modules) {
        return new VeraConfig(
                rank, projectionSeed, saveProjection, dInitial, targetModules, modules);
    }

    /** This config with other targets. */
    public VeraConfig withTargetModules(List<String> targets) {
        return new VeraConfig(
                rank, projectionSeed, saveProjection, dInitial, targets, modulesToSave);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "VERA";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.addProperty("r", rank);
        j.addProperty("projection_prng_key", projectionSeed);
        j.addProperty("save_projection", saveProjection);
        j.addProperty("d_initial", dInitial);
        j.addProperty("vera_dropout", 0.0);
        j.addProperty("bias", "none");
        j.addProperty("fan_in_fan_out", false);
        return j;
    }

    static VeraConfig fromJson(JsonObject j) {
        return new VeraConfig(
                JsonFields.integer(j, "r", 256),
                (long) JsonFields.number(j, "projection_prng_key", 0),
                JsonFields.bool(j, "save_projection", true),
                JsonFields.number(j, "d_initial", 0.1),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
