package org.paramlab.peft.compacter;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.adapter.Placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compacter's settings, with the reference repository's field names (rabeehk/compacter, {@code
 * seq2seq/configs/compacter.json}): {@code hypercomplex_division} n = 4, {@code phm_rank} 1 ({@code
 * factorized_phm}), {@code shared_phm_rule}, {@code non_linearity} GELU, {@code
 * unfreeze_layer_norms}; the bottleneck is given as a width ({@code task_reduction_factor} 32 on
 * T5-base's 768 is 24; on MiniLM's 384 it is 12). Rules start {@code N(0, 10⁻⁸)} ({@code
 * phm_init_range} 1e-4), blocks Glorot-uniform, biases zero.
 *
 * @param placement {@link Placement#HOULSBY} (after attention and feed-forward) or {@link
 *     Placement#PFEIFFER} (after the feed-forward only, Compacter++)
 * @param bottleneckSize k, the adapter's width; n must divide it
 * @param n the number of rules, dividing k and the model width
 * @param rank r of the blocks {@code Bᵢ = sᵢtᵢ}, or 0 for full blocks
 * @param sharedRules whether one set of rules (one for the down, one for the up projections) serves
 *     every adapter of the model
 * @param activation {@code gelu}, {@code relu} or {@code swish}
 * @param unfreezeLayerNorms whether the encoder layers' LayerNorms are trained too (added to {@code
 *     modulesToSave} as {@link #LAYER_NORMS})
 * @param targetModules the Linear modules after which adapters sit (by default the placement's)
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record CompacterConfig(
        Placement placement,
        int bottleneckSize,
        int n,
        int rank,
        boolean sharedRules,
        String activation,
        boolean unfreezeLayerNorms,
        List<String> targetModules,
        List<String> modulesToSave)
        implements PeftConfig {
    /** The encoder layers' LayerNorms (not the embeddings'), as a {@code modules_to_save} entry. */
    public static final String LAYER_NORMS = ".*layer\\.\\d+\\..*LayerNorm";

    private static final Set<String> ACTIVATIONS = Set.of("relu", "swish", "gelu");

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a parallel placement, a non-positive size, an n that
     *     does not divide the bottleneck, a negative rank or an unknown activation
     */
    public CompacterConfig {
        if (placement == null || placement == Placement.PARALLEL) {
            throw new IllegalArgumentException(
                    "Compacter adapters are sequential: use Placement.HOULSBY or PFEIFFER, got "
                            + placement);
        }
        if (bottleneckSize <= 0 || n <= 0 || bottleneckSize % n != 0 || rank < 0) {
            throw new IllegalArgumentException(
                    "Compacter needs a bottleneck k > 0, n > 0 dividing k, and rank ≥ 0; got k = "
                            + bottleneckSize
                            + ", n = "
                            + n
                            + ", rank = "
                            + rank);
        }
        activation = activation == null ? "gelu" : activation.toLowerCase(Locale.ROOT);
        if (!ACTIVATIONS.contains(activation)) {
            throw new IllegalArgumentException(
                    "Unknown activation '" + activation + "'; use one of " + ACTIVATIONS);
        }
        targetModules =
                targetModules == null || targetModules.isEmpty()
                        ? placement.targets()
                        : List.copyOf(targetModules);
        List<String> save = new ArrayList<>(modulesToSave == null ? List.of() : modulesToSave);
        if (unfreezeLayerNorms && !save.contains(LAYER_NORMS)) {
            save.add(LAYER_NORMS);
        }
        modulesToSave = List.copyOf(save);
    }

    /** Compacter: Houlsby placement, k = 12, n = 4, rank 1, shared rules, GELU. */
    public static CompacterConfig compacter() {
        return new CompacterConfig(Placement.HOULSBY, 12, 4, 1, true, "gelu", false, null, null);
    }

    /** Compacter++: as {@link #compacter()}, adapters after the feed-forward only. */
    public static CompacterConfig compacterPlusPlus() {
        return new CompacterConfig(Placement.PFEIFFER, 12, 4, 1, true, "gelu", false, null, null);
    }

    /** PHM-Adapter: Houlsby placement, k = 12, n = 12, full blocks, rules per layer, GELU. */
    public static CompacterConfig phmAdapter() {
        return new CompacterConfig(Placement.HOULSBY, 12, 12, 0, false, "gelu", false, null, null);
    }

    /** This config with bottleneck width {@code k}. */
    public CompacterConfig withBottleneckSize(int k) {
        return new CompacterConfig(
                placement,
                k,
                n,
                rank,
                sharedRules,
                activation,
                unfreezeLayerNorms,
                targetModules,
                modulesToSave);
    }

    /** This config training the encoder layers' LayerNorms too (or not), as the paper does. */
    public CompacterConfig withUnfreezeLayerNorms(boolean value) {
        List<String> save = new ArrayList<>(modulesToSave);
        if (!value) {
            save.remove(LAYER_NORMS);
        }
        return new CompacterConfig(
                placement,
                bottleneckSize,
                n,
                rank,
                sharedRules,
                activation,
                value,
                targetModules,
                save);
    }

    /** This config with modules trained in full (the LayerNorms stay if unfrozen). */
    public CompacterConfig withModulesToSave(List<String> modules) {
        return new CompacterConfig(
                placement,
                bottleneckSize,
                n,
                rank,
                sharedRules,
                activation,
                unfreezeLayerNorms,
                targetModules,
                modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "COMPACTER";
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
        j.addProperty("placement", placement.name());
        j.addProperty("bottleneck_size", bottleneckSize);
        j.addProperty("hypercomplex_division", n);
        j.addProperty("factorized_phm", rank > 0);
        j.addProperty("phm_rank", rank);
        j.addProperty("shared_phm_rule", sharedRules);
        j.addProperty("non_linearity", activation);
        j.addProperty("unfreeze_layer_norms", unfreezeLayerNorms);
        j.addProperty("phm_c_init", "normal");
        j.addProperty("phm_init_range", 1e-4);
        j.addProperty("hypercomplex_nonlinearity", "glorot-uniform");
        return j;
    }

    static CompacterConfig fromJson(JsonObject j) {
        return new CompacterConfig(
                Placement.valueOf(JsonFields.string(j, "placement", "HOULSBY")),
                JsonFields.integer(j, "bottleneck_size", 0),
                JsonFields.integer(j, "hypercomplex_division", 4),
                JsonFields.bool(j, "factorized_phm", true)
                        ? JsonFields.integer(j, "phm_rank", 1)
                        : 0,
                JsonFields.bool(j, "shared_phm_rule", true),
                JsonFields.string(j, "non_linearity", "gelu"),
                JsonFields.bool(j, "unfreeze_layer_norms", false),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
