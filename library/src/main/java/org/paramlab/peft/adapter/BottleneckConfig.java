package org.paramlab.peft.adapter;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bottleneck adapters' settings. HF PEFT has no bottleneck adapters, so files use its layout under
 * {@code peft_type = "BOTTLENECK"} with AdapterHub's field names ({@code reduction_factor} is
 * replaced by the explicit {@code bottleneck_size}).
 *
 * @param placement Houlsby, Pfeiffer or parallel
 * @param bottleneckSize m, the width of the bottleneck
 * @param activation {@code relu}, {@code swish} or {@code gelu}
 * @param scaling s, the factor of the adapter's output
 * @param targetModules the modules to wrap (by default the placement's)
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record BottleneckConfig(
        Placement placement,
        int bottleneckSize,
        String activation,
        double scaling,
        List<String> targetModules,
        List<String> modulesToSave)
        implements PeftConfig {
    private static final Set<String> ACTIVATIONS = Set.of("relu", "swish", "gelu");

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive size or scale, or an unknown activation
     */
    public BottleneckConfig {
        if (placement == null || bottleneckSize <= 0 || !(scaling > 0)) {
            throw new IllegalArgumentException(
                    "Bottleneck adapters need a placement, size > 0 and scaling > 0, got "
                            + placement
                            + ", "
                            + bottleneckSize
                            + ", "
                            + scaling);
        }
        activation =
                activation == null ? placement.activation() : activation.toLowerCase(Locale.ROOT);
        if (!ACTIVATIONS.contains(activation)) {
            throw new IllegalArgumentException(
                    "Unknown activation '" + activation + "'; use one of " + ACTIVATIONS);
        }
        targetModules =
                targetModules == null || targetModules.isEmpty()
                        ? placement.targets()
                        : List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** Houlsby adapters of width {@code size}. */
    public static BottleneckConfig houlsby(int size) {
        return of(Placement.HOULSBY, size);
    }

    /** Pfeiffer adapters of width {@code size}. */
    public static BottleneckConfig pfeiffer(int size) {
        return of(Placement.PFEIFFER, size);
    }

    /** Parallel adapters of width {@code size}. */
    public static BottleneckConfig parallel(int size) {
        return of(Placement.PARALLEL, size);
    }

    /** Adapters at {@code placement} of width {@code size} with that placement's defaults. */
    public static BottleneckConfig of(Placement placement, int size) {
        return new BottleneckConfig(
                placement, size, placement.activation(), placement.scaling(), null, List.of());
    }

    /** This config with modules trained in full. */
    public BottleneckConfig withModulesToSave(List<String> modules) {
        return new BottleneckConfig(
                placement, bottleneckSize, activation, scaling, targetModules, modules);
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "BOTTLENECK";
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
        j.addProperty("non_linearity", activation);
        j.addProperty("scaling", scaling);
        return j;
    }

    static BottleneckConfig fromJson(JsonObject j) {
        Placement p = Placement.valueOf(JsonFields.string(j, "placement", "HOULSBY"));
        return new BottleneckConfig(
                p,
                JsonFields.integer(j, "bottleneck_size", 0),
                JsonFields.string(j, "non_linearity", p.activation()),
                JsonFields.number(j, "scaling", p.scaling()),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
