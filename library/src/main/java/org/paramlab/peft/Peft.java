package org.paramlab.peft;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import com.google.gson.JsonObject;

import org.paramlab.nn.ModulePaths;
import org.paramlab.peft.adapter.BottleneckTuner;
import org.paramlab.peft.bitfit.BitFitTuner;
import org.paramlab.peft.compacter.CompacterTuner;
import org.paramlab.peft.flora.ConvLoraTuner;
import org.paramlab.peft.flora.FloraTuner;
import org.paramlab.peft.full.FullFineTuningTuner;
import org.paramlab.peft.ia3.Ia3Tuner;
import org.paramlab.peft.lntuning.LnTuningTuner;
import org.paramlab.peft.loha.LohaTuner;
import org.paramlab.peft.lokr.LokrTuner;
import org.paramlab.peft.lora.LoraTuner;
import org.paramlab.peft.prefix.PrefixTuningTuner;
import org.paramlab.peft.prompt.PromptTuningTuner;
import org.paramlab.peft.vera.VeraTuner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the tuner framework and its registry, as HF PEFT's {@code get_peft_model} and
 * {@code register_peft_method}.
 *
 * <pre>{@code
 * PeftModel peft = Peft.wrap(model, LoraConfig.defaults());      // adapter "default"
 * PeftModel back = Peft.load(freshModel, Path.of("adapters/kjv")); // HF PEFT's files
 * }</pre>
 *
 * <p>A new method is a sub-package with its config, layer and tuner, plus one {@link #register}
 * line below.
 */
public final class Peft {
    private static final Map<String, Tuner<?>> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, Tuner<?>> BY_CONFIG = new LinkedHashMap<>();

    static {
        register("LORA", new LoraTuner());
        register("IA3", new Ia3Tuner());
        register("LOHA", new LohaTuner());
        register("LOKR", new LokrTuner());
        register("VERA", new VeraTuner());
        register("LN_TUNING", new LnTuningTuner());
        register("PROMPT_TUNING", new PromptTuningTuner());
        register("PREFIX_TUNING", new PrefixTuningTuner());
        register("BITFIT", new BitFitTuner());
        register("BOTTLENECK", new BottleneckTuner());
        register("FULL", new FullFineTuningTuner());
        register("COMPACTER", new CompacterTuner());
        register("FLORA", new FloraTuner());
        register("LORA_CONV", new ConvLoraTuner());
    }

    private Peft() {}

    /**
     * Registers a method under HF PEFT's {@code peft_type} (or its own name).
     *
     * @throws IllegalArgumentException if the type or config class is registered already
     */
    public static synchronized <C extends PeftConfig> void register(
            String peftType, Tuner<C> tuner) {
        if (BY_TYPE.containsKey(peftType) || BY_CONFIG.containsKey(tuner.configType())) {
            throw new IllegalArgumentException("Method " + peftType + " is registered already.");
        }
        BY_TYPE.put(peftType, tuner);
        BY_CONFIG.put(tuner.configType(), tuner);
    }

    /** The registered {@code peft_type}s. */
    public static synchronized List<String> methods() {
        return List.copyOf(BY_TYPE.keySet());
    }

    /**
     * Injects {@code config} into {@code model} as adapter {@value PeftModel#DEFAULT} and freezes
     * every other parameter. The adapter's parameters live in the manager of the model's weights.
     *
     * @throws IllegalArgumentException if the config matches no module (the error lists the model's
     *     modules) or does not fit one
     */
    public static PeftModel wrap(Block model, PeftConfig config) {
        return wrap(model, config, PeftModel.DEFAULT);
    }

    /** {@link #wrap(Block, PeftConfig)} with a chosen adapter name. */
    public static PeftModel wrap(Block model, PeftConfig config, String adapterName) {
        return new PeftModel(model, managerOf(model)).addAdapter(adapterName, config);
    }

    /**
     * Wraps {@code model} with the adapter saved in {@code dir} as adapter {@value
     * PeftModel#DEFAULT}.
     *
     * @throws IllegalArgumentException if the files do not fit the model
     */
    public static PeftModel load(Block model, Path dir) {
        return new PeftModel(model, managerOf(model)).loadAdapter(dir, PeftModel.DEFAULT);
    }

    @SuppressWarnings("unchecked")
    static synchronized <C extends PeftConfig> Tuner<C> tunerFor(C config) {
        Tuner<?> tuner = BY_CONFIG.get(config.getClass());
        if (tuner == null) {
            throw new IllegalArgumentException(
                    "No tuner registered for " + config.getClass().getSimpleName());
        }
        return (Tuner<C>) tuner;
    }

    static synchronized PeftConfig configFromJson(JsonObject json) {
        String type = JsonFields.string(json, "peft_type", "");
        Tuner<?> tuner = BY_TYPE.get(type);
        if (tuner == null) {
            throw new IllegalArgumentException(
                    "adapter_config.json has peft_type '"
                            + type
                            + "', which ParamLab does not implement; known: "
                            + BY_TYPE.keySet());
        }
        return tuner.fromJson(json);
    }

    static NDManager managerOf(Block model) {
        for (Parameter p : ModulePaths.parameters(model).values()) {
            if (p.isInitialized()) {
                return p.getArray().getManager();
            }
        }
        throw new IllegalStateException(
                "The model has no initialised parameters; initialise or load it before wrapping.");
    }
}
