package org.paramlab.peft.prompt;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;
import java.util.Locale;

/**
 * Prompt tuning's settings with HF PEFT's names ({@code peft/tuners/prompt_tuning/config.py}): the
 * number of virtual tokens and how they start; the target is the word-embedding module.
 *
 * @param numVirtualTokens P, the soft prompt's length
 * @param init {@link Init#RANDOM} ({@code N(0, 1)}, HF's default) or {@link Init#SAMPLE_VOCAB}
 *     (rows of the vocabulary, the paper's better start, §3.2 "sampled vocab")
 * @param targetModules the word-embedding module (one)
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record PromptTuningConfig(
        int numVirtualTokens, Init init, List<String> targetModules, List<String> modulesToSave)
        implements PeftConfig {

    /** How the soft prompt starts. */
    public enum Init {
        /** Standard normal entries, as {@code torch.nn.Embedding}. */
        RANDOM,
        /** Copies of the embeddings of P random vocabulary tokens. */
        SAMPLE_VOCAB
    }

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive length or no target
     */
    public PromptTuningConfig {
        if (numVirtualTokens <= 0) {
            throw new IllegalArgumentException(
                    "Prompt tuning needs numVirtualTokens > 0, got " + numVirtualTokens);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("Prompt tuning needs the word-embedding module.");
        }
        init = init == null ? Init.RANDOM : init;
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** {@code numVirtualTokens} random tokens before BERT's {@code word_embeddings}. */
    public static PromptTuningConfig of(int numVirtualTokens) {
        return new PromptTuningConfig(
                numVirtualTokens, Init.RANDOM, List.of("word_embeddings"), List.of());
    }

    /** This config with another initialisation. */
    public PromptTuningConfig withInit(Init value) {
        return new PromptTuningConfig(numVirtualTokens, value, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public PromptTuningConfig withModulesToSave(List<String> modules) {
        return new PromptTuningConfig(numVirtualTokens, init, targetModules, modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "PROMPT_TUNING";
    }

    /** {@inheritDoc} */
    @Override
    public JsonObject toJson() {
        JsonObject j = new JsonObject();
        j.addProperty("num_virtual_tokens", numVirtualTokens);
        j.addProperty("num_transformer_submodules", 1);
        j.addProperty("prompt_tuning_init", init.name());
        j.add("prompt_tuning_init_text", com.google.gson.JsonNull.INSTANCE);
        j.add("tokenizer_name_or_path", com.google.gson.JsonNull.INSTANCE);
        return j;
    }

    static PromptTuningConfig fromJson(JsonObject j) {
        String init = JsonFields.string(j, "prompt_tuning_init", "RANDOM").toUpperCase(Locale.ROOT);
        List<String> targets = JsonFields.strings(j, "target_modules");
        return new PromptTuningConfig(
                JsonFields.integer(j, "num_virtual_tokens", 0),
                "SAMPLE_VOCAB".equals(init) ? Init.SAMPLE_VOCAB : Init.RANDOM,
                targets.isEmpty() ? List.of("word_embeddings") : targets,
                JsonFields.strings(j, "modules_to_save"));
    }
}
