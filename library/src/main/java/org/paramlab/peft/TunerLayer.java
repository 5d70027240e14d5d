package org.paramlab.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.paramlab.train.GradMode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A module wrapped by a tuner: the original as child {@code base_layer} plus named adapters, as HF
 * PEFT's {@code BaseTunerLayer}. One layer can hold several adapters of its method; one is active,
 * or none, or all are disabled (then the output is the base module's).
 *
 * <p>Adapter parameters are registered on this block with HF's state-dict names, adapter name
 * included ({@code lora_A.default.weight}), so {@code ModulePaths.parameters} shows {@code
 * encoder.layer.0.attention.self.query.lora_A.default.weight}; {@link #adapterParameters} maps the
 * saved names ({@code lora_A.weight}) to them.
 *
 * <p>A method subclasses this with {@link #createAdapter} (make and register the parameters),
 * {@link #forwardAdapter} (the output with one adapter active) and, if its update can be folded
 * into the base weights, {@link #mergeable()}, {@link #mergeInto} and {@link #unmergeFrom}.
 */
public abstract class TunerLayer extends AbstractBlock {
    /** The child name of the wrapped module, as in HF PEFT. */
    public static final String BASE = "base_layer";

    private static final byte VERSION = 1;

    private final String path;
    private final Block base;
    private final Map<String, PeftConfig> adapters = new LinkedHashMap<>();
    private final Map<String, Map<String, Parameter>> adapterParams = new LinkedHashMap<>();
    private final Set<String> merged = new LinkedHashSet<>();
    private String active;
    private boolean disabled;

    /**
     * Wraps {@code base}, found at {@code path} in the model.
     *
     * @param path the module's path, for error messages and saved keys
     * @param base the wrapped module
     */
    protected TunerLayer(String path, Block base) {
        super(VERSION);
        this.path = path;
        this.base = addChildBlock(BASE, base);
    }

    /** The wrapped module's path in the model. */
    public String path() {
        return path;
    }

    /** The wrapped module. */
    public Block base() {
        return base;
    }

    /** The adapters this layer holds, by name. */
    public Map<String, PeftConfig> adapters() {
        return Collections.unmodifiableMap(adapters);
    }

    /** The active adapter, or null. */
    public String activeAdapter() {
        return active;
    }

    /** Whether every adapter is switched off. */
    public boolean disabled() {
        return disabled;
    }

    /** The adapters currently folded into the base weights. */
    public Set<String> mergedAdapters() {
        return Collections.unmodifiableSet(merged);
    }

    /**
     * Adds adapter {@code name} with its parameters in {@code manager}; the active adapter does not
     * change unless there was none.
     *
     * @throws IllegalArgumentException if the name is taken or the config does not fit the module
     */
    public final void addAdapter(String name, PeftConfig config, NDManager manager) {
        if (adapters.containsKey(name)) {
            throw new IllegalArgumentException(
                    "Adapter '" + name + "' already exists on " + path + "; pick another name.");
        }
        adapterParams.put(name, new LinkedHashMap<>());
        // PyTorch records graphs in every thread whose grad mode is on (a notebook cell's thread
        // is such a one): parameters made from the base weights must come out as leaves.
        try (GradMode off = GradMode.disabled()) {
            createAdapter(name, config, manager);
        } catch (RuntimeException e) {
            dropParameters(name);
            throw e;
        }
        adapters.put(name, config);
        if (active == null) {
            active = name;
        }
    }

    /**
     * Removes adapter {@code name}, unmerging it first, and frees its parameters.
     *
     * @throws IllegalArgumentException if there is no such adapter
     */
    public final void deleteAdapter(String name) {
        requireAdapter(name);
        if (merged.contains(name)) {
            unmerge(name);
        }
        deleteAdapterState(name);
        dropParameters(name);
        adapters.remove(name);
        if (name.equals(active)) {
            active = adapters.isEmpty() ? null : adapters.keySet().iterator().next();
        }
    }

    /**
     * Makes {@code name} the active adapter ({@code null}: none).
     *
     * @throws IllegalArgumentException if there is no such adapter
     */
    public final void setActiveAdapter(String name) {
        if (name != null) {
            requireAdapter(name);
        }
        active = name;
    }

    /** Switches every adapter off ({@code true}) or back on. */
    public final void setDisabled(boolean off) {
        disabled = off;
    }

    /**
     * The parameters of adapter {@code name} by their saved name (adapter name removed, e.g. {@code
     * lora_A.weight}).
     */
    public final Map<String, Parameter> adapterParameters(String name) {
        requireAdapter(name);
        return Collections.unmodifiableMap(adapterParams.get(name));
    }

    /** Whether this method's update can be folded into the base weights. Default false. */
    public boolean mergeable() {
        return false;
    }

    /**
     * Folds adapter {@code name} into the base module's weights; forward then skips it. Idempotent.
     *
     * @throws UnsupportedOperationException if the method cannot merge
     */
    public final void merge(String name) {
        requireAdapter(name);
        if (!mergeable()) {
            throw new UnsupportedOperationException(
                    getClass().getSimpleName()
                            + " at "
                            + path
                            + " cannot be merged: its update is not a change of the base weights.");
        }
        if (merged.add(name)) {
            // with grad mode on (a cell's thread), folding a differentiable update into a frozen
            // weight would make it a non-leaf whose graph the next backward pass runs into
            try (GradMode off = GradMode.disabled()) {
                mergeInto(name);
            }
        }
    }

    /** Undoes {@link #merge}; a no-op if {@code name} is not merged. */
    public final void unmerge(String name) {
        if (merged.remove(name)) {
            try (GradMode off = GradMode.disabled()) {
                unmergeFrom(name);
            }
        }
    }

    /** Creates, initialises and registers (with {@link #addAdapterParameter}) the parameters. */
    protected abstract void createAdapter(String name, PeftConfig config, NDManager manager);

    /** Frees per-adapter state other than parameters; default nothing. */
    protected void deleteAdapterState(String name) {}

    /** The output with adapter {@code name} active and not merged. */
    protected abstract NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name);

    /** Adds adapter {@code name}'s update to the base weights. */
    protected void mergeInto(String name) {
        throw new UnsupportedOperationException();
    }

    /** Subtracts adapter {@code name}'s update from the base weights. */
    protected void unmergeFrom(String name) {
        throw new UnsupportedOperationException();
    }

    /**
     * Registers {@code value} as a trainable parameter of adapter {@code adapter}, named {@code
     * prefix.adapter.suffix} in the block ({@code prefix.adapter} when {@code suffix} is empty) and
     * {@code prefix.suffix} when saved.
     */
    protected final Parameter addAdapterParameter(
            String adapter, String prefix, String suffix, NDArray value) {
        String name =
                suffix.isEmpty() ? prefix + "." + adapter : prefix + "." + adapter + "." + suffix;
        String saved = suffix.isEmpty() ? prefix : prefix + "." + suffix;
        Parameter p = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).build();
        p.setArray(value);
        addParameter(p);
        adapterParams.get(adapter).put(saved, p);
        return p;
    }

    /** Changes the saved name of one of adapter {@code adapter}'s parameters. */
    protected final void renameSaved(String adapter, String from, String to) {
        Map<String, Parameter> params = adapterParams.get(adapter);
        Map<String, Parameter> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            renamed.put(e.getKey().equals(from) ? to : e.getKey(), e.getValue());
        }
        params.clear();
        params.putAll(renamed);
    }

    /** The value of adapter {@code adapter}'s parameter saved as {@code saved}, on the device. */
    protected final NDArray value(
            ParameterStore ps, String adapter, String saved, NDArray like, boolean training) {
        return ps.getValue(adapterParams.get(adapter).get(saved), like.getDevice(), training);
    }

    /** The array of adapter {@code adapter}'s parameter saved as {@code saved}. */
    protected final NDArray array(String adapter, String saved) {
        return adapterParams.get(adapter).get(saved).getArray();
    }

    /**
     * Adapter {@code adapter}'s parameter saved as {@code saved}, as a differentiable copy owned by
     * {@code into}, so that the products built from it are freed with the step.
     */
    protected final NDArray factor(String adapter, String saved, NDManager into) {
        NDArray p = array(adapter, saved);
        // 0 + p: results belong to the left operand's manager. Re-attaching a view of the
        // parameter instead corrupted gradients whenever the garbage collector ran between
        // forward and backward (GcSafeGradientsTest).
        return into.zeros(new Shape(), p.getDataType()).add(p);
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return base.getOutputShapes(inputShapes);
    }

    /** Passes initialisation to the wrapped module (a no-op when it is initialised). */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        base.initialize(manager, dataType, inputShapes);
    }

    @Override
    protected final NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        if (disabled && !merged.isEmpty()) {
            for (String name : Set.copyOf(merged)) {
                unmerge(name);
            }
        }
        if (disabled || active == null || merged.contains(active)) {
            return base.forward(ps, inputs, training, params);
        }
        return forwardAdapter(ps, inputs, training, active);
    }

    private void requireAdapter(String name) {
        if (!adapters.containsKey(name) && !adapterParams.containsKey(name)) {
            throw new IllegalArgumentException(
                    "No adapter '" + name + "' on " + path + "; it has " + adapters.keySet());
        }
    }

    private void dropParameters(String name) {
        Map<String, Parameter> params = adapterParams.remove(name);
        if (params == null) {
            return;
        }
        for (Parameter p : params.values()) {
            parameters.remove(p.getName());
            p.close();
        }
    }
}
