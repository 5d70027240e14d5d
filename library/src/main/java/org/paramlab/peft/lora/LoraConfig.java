package org.paramlab.peft.lora;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * LoRA's settings, with HF PEFT's names and defaults ({@code peft/tuners/lora/config.py}): rank
 * {@code r = 8}, {@code lora_alpha = 8}, no dropout, and for BERT the targets {@code ["query",
 * "value"]} (HF's {@code TRANSFORMERS_MODELS_TO_LORA_TARGET_MODULES_MAPPING["bert"]}, also Hu et
 * al.'s choice of W_q and W_v, §7.1).
 *
 * @param rank r, the rank of the update {@code BA}; at most {@code min(in, out)} of each target
 * @param alpha α; the update is scaled by {@code variant.scaling(α, r)}
 * @param dropout dropout on the adapter's input in training, in [0, 1)
 * @param targetModules modules to wrap (Linear layers); see {@link org.paramlab.peft.Targets}
 * @param modulesToSave modules trained in full and saved with the adapter
 * @param variant plain LoRA, rsLoRA or DoRA
 */
public record LoraConfig(
        int rank,
        double alpha,
        double dropout,
        List<String> targetModules,
        List<String> modulesToSave,
        LoraVariant variant)
        implements PeftConfig {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive rank or α, a dropout outside [0, 1) or
     *     empty targets
     */
    public LoraConfig {
        if (rank <= 0 || !(alpha > 0) || !(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException(
                    "LoRA needs rank > 0, alpha > 0 and dropout in [0, 1); got rank="
                            + rank
                            + ", alpha="
                            + alpha
                            + ", dropout="
                            + dropout);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("LoRA needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
        variant = variant == null ? LoraVariant.standard() : variant;
    }

    /** r = 8, α = 8, no dropout, query and value, plain LoRA. */
    public static LoraConfig defaults() {
        return new LoraConfig(
                8, 8, 0, List.of("query", "value"), List.of(), LoraVariant.standard());
    }

    /** This config with rank {@code r}. */
    public LoraConfig withRank(int r) {
        return new LoraConfig(r, alpha, dropout, targetModules, modulesToSave, variant);
    }

    /** This config with α. */
    public LoraConfig withAlpha(double a) {
        return new LoraConfig(rank, a, dropout, targetModules, modulesToSave, variant);
    }

    /** This config with dropout {@code p}. */
    public LoraConfig withDropout(double p) {
        return new LoraConfig(rank, alpha, p, targetModules, modulesToSave, variant);
    }

    /** This config with other target modules. */
    public LoraConfig withTargetModules(List<String> targets) {
        return new LoraConfig(rank, alpha, dropout, targets, modulesToSave, variant);
    }

    /** This config with modules trained in full, e.g. {@code List.of("classifier")}. */
    public LoraConfig withModulesToSave(List<String> modules) {
        return new LoraConfig(rank, alpha, dropout, targetModules, modules, variant);
    }

    /**
     * This config with another variant: {@link LoraVariant#rsLora()}, {@link LoraVariant#dora()}.
     */
    public LoraConfig withVariant(LoraVariant v) {
        return new LoraConfig(rank, alpha, dropout, targetModules, modulesToSave, v);
    }

    /** {@code γ = variant.scaling(α, r)}: α/r, or α/√r for rsLoRA. */
    public double scaling() {
        return variant.scaling(alpha, rank);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "LORA";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.addProperty("r", rank);
        j.addProperty("lora_alpha", alpha);
        j.addProperty("lora_dropout", dropout);
        j.addProperty("use_rslora", variant.rankStabilized());
        j.addProperty("use_dora", variant instanceof Dora);
        j.addProperty("bias", "none");
        j.addProperty("fan_in_fan_out", false);
        j.addProperty("init_lora_weights", true);
        j.add("layers_to_transform", com.google.gson.JsonNull.INSTANCE);
        j.add("rank_pattern", new JsonObject());
        j.add("alpha_pattern", new JsonObject());
        return j;
    }

    /** Reads HF PEFT's {@code adapter_config.json} fields. */
    static LoraConfig fromJson(JsonObject j) {
        boolean rs = JsonFields.bool(j, "use_rslora", false);
        boolean dora = JsonFields.bool(j, "use_dora", false);
        if (!"none".equals(JsonFields.string(j, "bias", "none"))) {
            throw new IllegalArgumentException(
                    "LoRA bias='" + j.get("bias") + "' is not supported here; use bias='none'.");
        }
        LoraVariant variant =
                dora ? LoraVariant.dora(rs) : rs ? LoraVariant.rsLora() : LoraVariant.standard();
        return new LoraConfig(
                JsonFields.integer(j, "r", 8),
                JsonFields.number(j, "lora_alpha", 8),
                JsonFields.number(j, "lora_dropout", 0),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"),
                variant);
    }
}
