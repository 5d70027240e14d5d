package org.paramlab.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import com.google.gson.JsonObject;

import java.util.Map;

/**
 * What a fine-tuning method does to a model, as HF PEFT's {@code BaseTuner}: inject an adapter into
 * the modules its config targets, name what becomes trainable, and turn an adapter into HF PEFT's
 * saved tensors and back. {@link PeftModel} does the rest once for every method: freezing,
 * switching, merging, the parameter report and the files.
 *
 * <p>Most methods wrap modules and extend {@link LayerTuner}; selective methods (BitFit, full
 * fine-tuning) wrap nothing and only name parameters.
 *
 * @param <C> the method's config record
 */
public interface Tuner<C extends PeftConfig> {
    /** The config record this tuner reads. */
    Class<C> configType();

    /**
     * Adds adapter {@code name} to {@code model}: wraps the targeted modules (or adds the adapter
     * to modules wrapped before) with parameters in {@code manager}.
     *
     * @throws IllegalArgumentException if no module matches or the config does not fit one
     */
    void inject(Block model, String name, C config, NDManager manager);

    /** Removes adapter {@code name} from every layer of {@code model} that holds it. */
    void delete(Block model, String name);

    /**
     * Parameters outside tuner layers that adapter {@code name} trains, by path (BitFit's biases);
     * default none.
     */
    default Map<String, Parameter> selectedParameters(Block model, C config) {
        return Map.of();
    }

    /**
     * Adapter {@code name}'s tensors under HF PEFT's saved keys ({@code
     * base_model.model.<module>.lora_A.weight}, {@code prompt_embeddings}, …), as views or copies
     * in {@code manager}.
     */
    Map<String, NDArray> stateDict(Block model, String name, C config, NDManager manager);

    /**
     * Copies {@code tensors} (keys as {@link #stateDict} writes them) into adapter {@code name};
     * every key is consumed from the map, so the caller can report leftovers.
     *
     * @throws IllegalArgumentException naming a missing key, or a tensor and both shapes when it
     *     does not fit
     */
    void loadStateDict(Block model, String name, C config, Map<String, NDArray> tensors);

    /**
     * Adds fields that HF PEFT derives from the model at wrap time ({@code token_dim}, {@code
     * num_layers}, …) to {@code json}; default nothing.
     */
    default void describe(Block model, String name, C config, JsonObject json) {}

    /**
     * Reads the config from {@code adapter_config.json}.
     *
     * @throws IllegalArgumentException if a field is missing or invalid
     */
    C fromJson(JsonObject json);
}
