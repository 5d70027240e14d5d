package org.paramlab.peft.prompt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Embedding;
import org.paramlab.nn.Linear;
import org.paramlab.peft.LayerTuner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Injects a soft prompt before the word embeddings; saved as HF PEFT's single key {@code
 * prompt_embeddings} {@code (P, H)}.
 */
public final class PromptTuningTuner extends LayerTuner<PromptTuningConfig, PromptEmbeddingLayer> {
    /** HF PEFT's saved key of a prompt-learning adapter. */
    public static final String KEY = "prompt_embeddings";

    /** The tuner {@code Peft} registers as {@code PROMPT_TUNING}. */
    public PromptTuningTuner() {
        super(PromptTuningConfig.class, PromptEmbeddingLayer.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return module instanceof Embedding || module instanceof Linear;
    }

    @Override
    protected String acceptedKind() {
        return "Embedding or patch-projection Linear";
    }

    @Override
    protected PromptEmbeddingLayer wrap(String path, Block module, PromptTuningConfig config) {
        return new PromptEmbeddingLayer(path, module);
    }

    @Override
    protected java.util.function.Consumer<PromptEmbeddingLayer> beforeInject(
            Map<String, Block> targets, String name, PromptTuningConfig config, NDManager m) {
        if (targets.size() != 1) {
            throw new IllegalArgumentException(
                    "Prompt tuning needs exactly one word-embedding module; "
                            + config.targetModules()
                            + " match "
                            + targets.keySet());
        }
        return layer -> {};
    }

    /** {@inheritDoc} */
    @Override
    public Map<String, NDArray> stateDict(
            Block model, String name, PromptTuningConfig config, NDManager manager) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        out.put(KEY, layer(model, name).adapterParameters(name).get(KEY).getArray());
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public void loadStateDict(
            Block model, String name, PromptTuningConfig config, Map<String, NDArray> tensors) {
        copy(
                KEY,
                tensors.remove(KEY),
                layer(model, name).adapterParameters(name).get(KEY).getArray());
    }

    /** {@inheritDoc} */
    @Override
    public void describe(Block model, String name, PromptTuningConfig config, JsonObject json) {
        json.addProperty(
                "token_dim", layer(model, name).adapterParameters(name).get(KEY).getShape().get(1));
    }

    private PromptEmbeddingLayer layer(Block model, String name) {
        for (PromptEmbeddingLayer l : layers(model).values()) {
            if (l.adapters().containsKey(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("No prompt-tuning adapter '" + name + "' in the model.");
    }

    /** {@inheritDoc} */
    @Override
    public PromptTuningConfig fromJson(JsonObject json) {
        return PromptTuningConfig.fromJson(json);
    }
}
