package org.paramlab.peft.full;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import com.google.gson.JsonObject;

import org.paramlab.nn.ModulePaths;
import org.paramlab.peft.LayerTuner;
import org.paramlab.peft.Targets;
import org.paramlab.peft.Tuner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Full fine-tuning: wraps nothing, trains the selected parameters in place and saves them as {@code
 * base_model.model.<parameter path>}. Because the base weights themselves change, disabling or
 * switching adapters does not restore the base model; merging is a no-op.
 */
public final class FullFineTuningTuner implements Tuner<FullFineTuningConfig> {
    /** {@inheritDoc} */
    @Override
    public Class<FullFineTuningConfig> configType() {
        return FullFineTuningConfig.class;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if a pattern selects no module
     */
    @Override
    public void inject(Block model, String name, FullFineTuningConfig config, NDManager manager) {
        for (String pattern : config.targetModules()) {
            Targets.select(model, java.util.List.of(pattern), b -> true, "FULL", "module");
        }
    }

    /** {@inheritDoc} */
    @Override
    public void delete(Block model, String name) {}

    /** {@inheritDoc} */
    @Override
    public Map<String, Parameter> selectedParameters(Block model, FullFineTuningConfig config) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> e : ModulePaths.parameters(model).entrySet()) {
            if (selected(e.getKey(), config)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static boolean selected(String parameterPath, FullFineTuningConfig config) {
        String module = parameterPath;
        while (module.contains(".")) {
            module = module.substring(0, module.lastIndexOf('.'));
            if (Targets.matchesAny(config.targetModules(), module)) {
                return true;
            }
        }
        return false;
    }

    /** {@inheritDoc} */
    @Override
    public Map<String, NDArray> stateDict(
            Block model, String name, FullFineTuningConfig config, NDManager manager) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> e : selectedParameters(model, config).entrySet()) {
            out.put(LayerTuner.PREFIX + e.getKey(), e.getValue().getArray());
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public void loadStateDict(
            Block model, String name, FullFineTuningConfig config, Map<String, NDArray> tensors) {
        for (Map.Entry<String, Parameter> e : selectedParameters(model, config).entrySet()) {
            String key = LayerTuner.PREFIX + e.getKey();
            LayerTuner.copy(key, tensors.remove(key), e.getValue().getArray());
        }
    }

    /** {@inheritDoc} */
    @Override
    public FullFineTuningConfig fromJson(JsonObject json) {
        return FullFineTuningConfig.fromJson(json);
    }
}
