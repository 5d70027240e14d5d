package org.paramlab.peft.flora;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * LoRA on convolution kernels reshaped to {@code out × in·K}, the baseline of FLoRA's convolution
 * experiments (Hu et al., LoRA, ICLR 2022, arXiv:2106.09685, applied as in HF PEFT's {@code
 * lora.Conv2d}). HF PEFT's LoRA covers convolutions, but ParamLab's {@code LORA} tuner wraps Linear
 * layers only, so this lives beside FLoRA under its own {@code peft_type = "LORA_CONV"}, with HF
 * PEFT's field names ({@code r}, {@code lora_alpha}) and tensor layout (see {@link ConvLoraLayer}).
 *
 * @param rank r
 * @param alpha α; the update is scaled by α/r
 * @param targetModules convolution modules to adapt
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record ConvLoraConfig(
        int rank, double alpha, List<String> targetModules, List<String> modulesToSave)
        implements PeftConfig {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive rank or α, or no targets
     */
    public ConvLoraConfig {
        if (rank <= 0 || !(alpha > 0)) {
            throw new IllegalArgumentException(
                    "Conv LoRA needs r > 0 and alpha > 0, got " + rank + ", " + alpha);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException(
                    "Conv LoRA needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** Rank {@code r}, α = r (scale 1), on {@code targets}. */
    public static ConvLoraConfig of(int r, List<String> targets) {
        return new ConvLoraConfig(r, r, targets, List.of());
    }

    /** This config with α = {@code value}. */
    public ConvLoraConfig withAlpha(double value) {
        return new ConvLoraConfig(rank, value, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public ConvLoraConfig withModulesToSave(List<String> modules) {
        return new ConvLoraConfig(rank, alpha, targetModules, modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "LORA_CONV";
    }

    /** {@inheritDoc} */
    @Override
    public boolean hfCompatible() {
        return false;
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.addProperty("r", rank);
        j.addProperty("lora_alpha", alpha);
        j.addProperty("lora_dropout", 0.0);
        j.addProperty("bias", "none");
        return j;
    }

    static ConvLoraConfig fromJson(JsonObject j) {
        return new ConvLoraConfig(
                JsonFields.integer(j, "r", 8),
                JsonFields.number(j, "lora_alpha", 8),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
