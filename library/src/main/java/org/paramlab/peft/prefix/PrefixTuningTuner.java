package org.paramlab.peft.prefix;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.PrefixAttention;
import org.paramlab.peft.LayerTuner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Injects prefix tuning into the attention blocks and saves it as HF PEFT does: one tensor {@code
 * prompt_embeddings (P, L·2·H)}, the {@code past_key_values} table, whose columns {@code [2l·H,
 * (2l+1)·H)} are layer l's keys and {@code [(2l+1)·H, (2l+2)·H)} its values (HF reshapes it to
 * {@code (P, 2L, heads, H/heads)}), layers in model order.
 */
public final class PrefixTuningTuner extends LayerTuner<PrefixTuningConfig, PrefixAttentionLayer> {
    /** HF PEFT's saved key of a prompt-learning adapter. */
    public static final String KEY = "prompt_embeddings";

    /** The tuner {@code Peft} registers as {@code PREFIX_TUNING}. */
    public PrefixTuningTuner() {
        super(PrefixTuningConfig.class, PrefixAttentionLayer.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return module instanceof PrefixAttention;
    }

    @Override
    protected String acceptedKind() {
        return "PrefixAttention";
    }

    @Override
    protected PrefixAttentionLayer wrap(String path, Block module, PrefixTuningConfig config) {
        return new PrefixAttentionLayer(path, (PrefixAttention) module);
    }

    /** {@inheritDoc} */
    @Override
    public Map<String, NDArray> stateDict(
            Block model, String name, PrefixTuningConfig config, NDManager manager) {
        NDList columns = new NDList();
        for (PrefixAttentionLayer layer : layers(model, name)) {
            var p = layer.adapterParameters(name);
            columns.add(p.get("prefix_key").getArray());
            columns.add(p.get("prefix_value").getArray());
        }
        NDArray table = NDArrays.concat(columns, 1); // (P, L·2·H)
        table.attach(manager);
        Map<String, NDArray> out = new LinkedHashMap<>();
        out.put(KEY, table);
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public void loadStateDict(
            Block model, String name, PrefixTuningConfig config, Map<String, NDArray> tensors) {
        List<PrefixAttentionLayer> layers = layers(model, name);
        NDArray table = tensors.remove(KEY);
        int h = layers.get(0).hiddenSize();
        long width = 2L * h * layers.size();
        if (table == null
                || table.getShape().dimension() != 2
                || table.getShape().get(1) != width) {
            throw new IllegalArgumentException(
                    "Adapter tensor '"
                            + KEY
                            + "' has shape "
                            + (table == null ? "(missing)" : table.getShape())
                            + " but the model expects ("
                            + config.numVirtualTokens()
                            + ", "
                            + width
                            + ") for "
                            + layers.size()
                            + " layers of width "
                            + h);
        }
        for (int l = 0; l < layers.size(); l++) {
            var p = layers.get(l).adapterParameters(name);
            NDArray k = table.get(new NDIndex(":, {}:{}", 2L * l * h, (2L * l + 1) * h));
            NDArray v = table.get(new NDIndex(":, {}:{}", (2L * l + 1) * h, (2L * l + 2) * h));
            copy(KEY + " (layer " + l + " keys)", k, p.get("prefix_key").getArray());
            copy(KEY + " (layer " + l + " values)", v, p.get("prefix_value").getArray());
        }
    }

    /** {@inheritDoc} */
    @Override
    public void describe(Block model, String name, PrefixTuningConfig config, JsonObject json) {
        List<PrefixAttentionLayer> layers = layers(model, name);
        json.addProperty("num_layers", layers.size());
        json.addProperty("token_dim", layers.get(0).hiddenSize());
        json.addProperty("encoder_hidden_size", layers.get(0).hiddenSize());
        json.addProperty("num_attention_heads", layers.get(0).numHeads());
    }

    private List<PrefixAttentionLayer> layers(Block model, String name) {
        List<PrefixAttentionLayer> out = new ArrayList<>();
        for (PrefixAttentionLayer l : layers(model).values()) {
            if (l.adapters().containsKey(name)) {
                out.add(l);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No prefix-tuning adapter '" + name + "'.");
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public PrefixTuningConfig fromJson(JsonObject json) {
        return PrefixTuningConfig.fromJson(json);
    }
}
