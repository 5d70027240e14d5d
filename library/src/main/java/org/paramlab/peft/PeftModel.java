package org.paramlab.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.paramlab.nn.ModulePaths;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A model with named adapters injected, as HF PEFT's {@code PeftModel}: one adapter is active and
 * trainable, every other parameter is frozen; adapters can be switched, disabled, merged into the
 * base weights, saved and loaded in HF PEFT's format.
 *
 * <pre>{@code
 * PeftModel peft = Peft.wrap(classifier, LoraConfig.defaults().withModulesToSave(List.of("classifier")));
 * peft.summary();   // "trainable params: 76,038 || all params: ... || trainable%: ..."
 * ... train peft.model() ...
 * peft.save(Path.of("adapters/kjv"));
 * }</pre>
 *
 * <p>The wrapped model is changed in place: its targeted modules are replaced by {@link
 * TunerLayer}s, so {@link #model()} is the block to train and run. {@link #mergeAndUnload()} puts
 * plain modules back with the active adapter folded in.
 */
public final class PeftModel {
    /** The adapter name {@link Peft#wrap(Block, PeftConfig)} uses, as HF PEFT. */
    public static final String DEFAULT = "default";

    private final Block model;
    private final NDManager manager;
    private final Map<String, PeftConfig> adapters = new LinkedHashMap<>();
    private String active;
    private boolean disabled;
    private boolean unloaded;
    private String baseModelName = "";

    PeftModel(Block model, NDManager manager) {
        this.model = Objects.requireNonNull(model, "model");
        this.manager = manager;
    }

    /** The model with its adapters, to train and run. */
    public Block model() {
        requireLoaded();
        return model;
    }

    /** The adapters by name, in the order they were added. */
    public Map<String, PeftConfig> adapters() {
        return Collections.unmodifiableMap(adapters);
    }

    /** The active adapter's name. */
    public String activeAdapter() {
        return active;
    }

    /** The active adapter's config. */
    public PeftConfig config() {
        return adapters.get(active);
    }

    /** The {@code base_model_name_or_path} written to saved adapters. */
    public String baseModelName() {
        return baseModelName;
    }

    /** Sets the {@code base_model_name_or_path} written to saved adapters. */
    public PeftModel withBaseModelName(String name) {
        this.baseModelName = name == null ? "" : name;
        return this;
    }

    /**
     * Injects a new adapter; it becomes active if it is the first.
     *
     * @throws IllegalArgumentException if the name is taken, the config matches no module or does
     *     not fit one
     */
    public PeftModel addAdapter(String name, PeftConfig config) {
        requireLoaded();
        if (adapters.containsKey(name)) {
            throw new IllegalArgumentException(
                    "Adapter '" + name + "' exists; adapters here: " + adapters.keySet());
        }
        Peft.tunerFor(config).inject(model, name, config, manager);
        adapters.put(name, config);
        if (active == null) {
            active = name;
        }
        applyActive();
        return this;
    }

    /**
     * Makes {@code name} the active (and only trainable) adapter.
     *
     * @throws IllegalArgumentException if there is no such adapter
     */
    public PeftModel setAdapter(String name) {
        requireAdapter(name);
        active = name;
        applyActive();
        return this;
    }

    /**
     * Switches every adapter off until the returned handle is closed, so the model computes the
     * base model's output (HF PEFT's {@code with model.disable_adapter():}).
     */
    public AutoCloseable disableAdapters() {
        requireLoaded();
        disabled = true;
        applyActive();
        return () -> {
            disabled = false;
            applyActive();
        };
    }

    /**
     * Removes adapter {@code name} and frees its parameters.
     *
     * @throws IllegalArgumentException if there is no such adapter
     */
    public void deleteAdapter(String name) {
        requireAdapter(name);
        Peft.tunerFor(adapters.get(name)).delete(model, name);
        adapters.remove(name);
        if (name.equals(active)) {
            active = adapters.isEmpty() ? null : adapters.keySet().iterator().next();
        }
        applyActive();
    }

    /**
     * Folds the active adapter into the base weights of every layer that holds it.
     *
     * @throws UnsupportedOperationException if the method cannot merge
     */
    public void merge() {
        for (TunerLayer layer : layers().values()) {
            if (layer.adapters().containsKey(active)) {
                layer.merge(active);
            }
        }
    }

    /** Undoes {@link #merge()}. */
    public void unmerge() {
        for (TunerLayer layer : layers().values()) {
            layer.unmerge(active);
        }
    }

    /**
     * Merges the active adapter and puts the plain modules back, returning the model; this {@code
     * PeftModel} cannot be used afterwards.
     *
     * @throws UnsupportedOperationException if the method cannot merge
     */
    public Block mergeAndUnload() {
        merge();
        return unload();
    }

    /** Puts the plain modules back without merging, dropping every adapter; see above. */
    public Block unload() {
        requireLoaded();
        for (Map.Entry<String, TunerLayer> e : layers().entrySet()) {
            ModulePaths.replace(model, e.getKey(), e.getValue().base());
        }
        for (Parameter p : ModulePaths.parameters(model).values()) {
            p.freeze(false);
        }
        unloaded = true;
        return model;
    }

    /** The tuner layers of the model, by path. */
    public Map<String, TunerLayer> layers() {
        requireLoaded();
        Map<String, TunerLayer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Block> e : ModulePaths.modules(model).entrySet()) {
            if (e.getValue() instanceof TunerLayer t) {
                out.put(e.getKey(), t);
            }
        }
        return out;
    }

    /** Every parameter that requires a gradient, by path. */
    public Map<String, Parameter> trainableParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> e : ModulePaths.parameters(model()).entrySet()) {
            if (e.getValue().requiresGradient()) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The number of trainable scalars. */
    public long trainableCount() {
        return count(trainableParameters());
    }

    /** The number of scalars in every parameter, base and adapters. */
    public long totalCount() {
        return count(ModulePaths.parameters(model()));
    }

    /**
     * HF PEFT's {@code print_trainable_parameters} line, e.g. {@code trainable params: 73,728 ||
     * all params: 22,639,104 || trainable%: 0.3257} for LoRA's defaults on all-MiniLM-L6-v2.
     */
    public String summary() {
        long t = trainableCount();
        long all = totalCount();
        return String.format(
                Locale.ROOT,
                "trainable params: %,d || all params: %,d || trainable%%: %.4f",
                t,
                all,
                100.0 * t / all);
    }

    /**
     * The trainable parameters as a table: parameter path, shape, count; the last row is the total,
     * with the base model's frozen count beside it.
     */
    public Table parameterReport() {
        StringColumn name = StringColumn.create("parameter");
        StringColumn shape = StringColumn.create("shape");
        LongColumn count = LongColumn.create("count");
        BooleanColumn trainable = BooleanColumn.create("trainable");
        for (Map.Entry<String, Parameter> e : trainableParameters().entrySet()) {
            name.append(e.getKey());
            shape.append(e.getValue().getArray().getShape().toString());
            count.append(e.getValue().getArray().size());
            trainable.append(true);
        }
        name.append("frozen (base model)");
        shape.append("");
        count.append(totalCount() - trainableCount());
        trainable.append(false);
        return Table.create("trainable parameters of adapter '" + active + "'")
                .addColumns(name, shape, count, trainable);
    }

    /** Saves the active adapter; see {@link #save(Path, String)}. */
    public void save(Path dir) {
        save(dir, active);
    }

    /**
     * Writes adapter {@code name} to {@code dir} as {@code adapter_config.json} and {@code
     * adapter_model.safetensors} with HF PEFT's key names, plus the trained {@code modules_to_save}
     * parameters ({@code base_model.model.<module>.<parameter>}).
     *
     * @throws IllegalArgumentException if there is no such adapter
     */
    public void save(Path dir, String name) {
        requireAdapter(name);
        PeftConfig config = adapters.get(name);
        try (NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> tensors = new LinkedHashMap<>(stateDict(name, config, scratch));
            for (Map.Entry<String, Parameter> e : savedModules(config).entrySet()) {
                tensors.put(LayerTuner.PREFIX + e.getKey(), e.getValue().getArray());
            }
            JsonObject json = configJson(config);
            describe(name, config, json);
            AdapterFiles.write(dir, json, tensors);
        }
    }

    /**
     * Reads an adapter saved by {@link #save} (or by HF PEFT for a model with the same module
     * names) and adds it as {@code name}.
     *
     * @throws IllegalArgumentException if the files are missing, name an unknown method, or hold
     *     tensors that do not fit the model (naming the tensor and both shapes) or that no module
     *     takes
     */
    public PeftModel loadAdapter(Path dir, String name) {
        JsonObject json = AdapterFiles.readConfig(dir);
        PeftConfig config = Peft.configFromJson(json);
        addAdapter(name, config);
        try (NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> tensors = AdapterFiles.readTensors(dir, scratch);
            loadStateDict(name, config, tensors);
            for (Map.Entry<String, Parameter> e : savedModules(config).entrySet()) {
                String key = LayerTuner.PREFIX + e.getKey();
                LayerTuner.copy(key, tensors.remove(key), e.getValue().getArray());
            }
            if (!tensors.isEmpty()) {
                throw new IllegalArgumentException(
                        "Adapter file in "
                                + dir
                                + " has tensors no module of this model takes: "
                                + ModulePaths.summarize(
                                        java.util.List.copyOf(tensors.keySet()), 10));
            }
        }
        return this;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, NDArray> stateDict(String name, PeftConfig config, NDManager scratch) {
        Tuner tuner = Peft.tunerFor(config);
        return tuner.stateDict(model, name, config, scratch);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void describe(String name, PeftConfig config, JsonObject json) {
        Tuner tuner = Peft.tunerFor(config);
        tuner.describe(model, name, config, json);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void loadStateDict(String name, PeftConfig config, Map<String, NDArray> tensors) {
        Tuner tuner = Peft.tunerFor(config);
        tuner.loadStateDict(model, name, config, tensors);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Parameter> selected(PeftConfig config) {
        Tuner tuner = Peft.tunerFor(config);
        return tuner.selectedParameters(model, config);
    }

    private JsonObject configJson(PeftConfig config) {
        JsonObject json = new JsonObject();
        json.addProperty("peft_type", config.peftType());
        json.add("task_type", com.google.gson.JsonNull.INSTANCE);
        json.addProperty("base_model_name_or_path", baseModelName);
        json.add("revision", com.google.gson.JsonNull.INSTANCE);
        json.addProperty("inference_mode", true);
        json.add("target_modules", JsonFields.array(config.targetModules(), false));
        json.add("modules_to_save", JsonFields.array(config.modulesToSave(), true));
        for (Map.Entry<String, JsonElement> e : config.toJson().entrySet()) {
            json.add(e.getKey(), e.getValue());
        }
        if (!config.hfCompatible()) {
            json.addProperty(
                    "paramlab_note",
                    "HF PEFT has no " + config.peftType() + " method; ParamLab reads this file.");
        }
        return json;
    }

    /** Parameters of the modules a config's {@code modules_to_save} selects, by path. */
    private Map<String, Parameter> savedModules(PeftConfig config) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        if (config.modulesToSave().isEmpty()) {
            return out;
        }
        Map<String, Block> modules = Targets.visibleModules(model);
        for (Map.Entry<String, Block> m : modules.entrySet()) {
            if (Targets.matchesAny(config.modulesToSave(), m.getKey())) {
                for (Map.Entry<String, Parameter> p :
                        ModulePaths.parameters(m.getValue()).entrySet()) {
                    out.put(m.getKey() + "." + p.getKey(), p.getValue());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(
                    "modules_to_save "
                            + config.modulesToSave()
                            + " match no module with parameters; modules: "
                            + ModulePaths.summarize(java.util.List.copyOf(modules.keySet()), 30));
        }
        return out;
    }

    /** Freezes everything, then unfreezes what the active adapter trains. */
    private void applyActive() {
        for (TunerLayer layer : layers().values()) {
            layer.setDisabled(disabled);
            layer.setActiveAdapter(layer.adapters().containsKey(active) ? active : null);
        }
        for (Parameter p : ModulePaths.parameters(model).values()) {
            p.freeze(true);
        }
        if (disabled || active == null) {
            return;
        }
        PeftConfig config = adapters.get(active);
        for (TunerLayer layer : layers().values()) {
            if (layer.adapters().containsKey(active)) {
                layer.adapterParameters(active).values().forEach(p -> p.freeze(false));
            }
        }
        selected(config).values().forEach(p -> p.freeze(false));
        savedModules(config).values().forEach(p -> p.freeze(false));
    }

    private void requireAdapter(String name) {
        requireLoaded();
        if (!adapters.containsKey(name)) {
            throw new IllegalArgumentException(
                    "No adapter '" + name + "'; adapters here: " + adapters.keySet());
        }
    }

    private void requireLoaded() {
        if (unloaded) {
            throw new IllegalStateException(
                    "This PeftModel was unloaded (mergeAndUnload/unload); wrap the returned model"
                            + " again to add adapters.");
        }
    }

    private static long count(Map<String, Parameter> params) {
        long n = 0;
        for (Parameter p : params.values()) {
            n += p.getArray().size();
        }
        return n;
    }
}
