package org.paramlab.peft.flora;

import com.google.gson.JsonObject;

import org.paramlab.peft.JsonFields;
import org.paramlab.peft.PeftConfig;

import java.util.List;

/**
 * FLoRA's settings. HF PEFT has no FLoRA; files use PEFT's layout under {@code peft_type = "FLORA"}
 * with these keys: {@code r} (the rank of the channel modes, in and out), {@code kernel_r} (the
 * rank of each kernel mode of a convolution; 0 keeps the kernel's full size, the reference code's
 * {@code [r, r, 3, 3]} for 3 × 3 kernels) and {@code scale} (the reference's {@code scale}, default
 * 1). A rank above its mode's size is lowered to that size (a factor cannot have more independent
 * columns than rows), so {@code r} can be one number for layers of different widths.
 *
 * @param rank r of the input and output channel modes
 * @param kernelRank r of each kernel mode, or 0 for the kernel's size
 * @param scale s, the update's factor
 * @param targetModules Linear or convolution modules to adapt
 * @param modulesToSave modules trained in full and saved with the adapter
 */
public record FloraConfig(
        int rank,
        int kernelRank,
        double scale,
        List<String> targetModules,
        List<String> modulesToSave)
        implements PeftConfig {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive rank or scale, a negative kernel rank, or
     *     no targets
     */
    public FloraConfig {
        if (rank <= 0 || kernelRank < 0 || !(scale > 0)) {
            throw new IllegalArgumentException(
                    "FLoRA needs r > 0, kernel_r ≥ 0 and scale > 0, got "
                            + rank
                            + ", "
                            + kernelRank
                            + ", "
                            + scale);
        }
        if (targetModules == null || targetModules.isEmpty()) {
            throw new IllegalArgumentException("FLoRA needs at least one target module pattern.");
        }
        targetModules = List.copyOf(targetModules);
        modulesToSave = modulesToSave == null ? List.of() : List.copyOf(modulesToSave);
    }

    /** Rank {@code r} on the channel modes, full kernel modes, scale 1, on {@code targets}. */
    public static FloraConfig of(int r, List<String> targets) {
        return new FloraConfig(r, 0, 1.0, targets, List.of());
    }

    /** This config with kernel modes of rank {@code value} (0: the kernel's size). */
    public FloraConfig withKernelRank(int value) {
        return new FloraConfig(rank, value, scale, targetModules, modulesToSave);
    }

    /** This config with scale {@code value}. */
    public FloraConfig withScale(double value) {
        return new FloraConfig(rank, kernelRank, value, targetModules, modulesToSave);
    }

    /** This config with modules trained in full. */
    public FloraConfig withModulesToSave(List<String> modules) {
        return new FloraConfig(rank, kernelRank, scale, targetModules, modules);
    }

    /**
     * The ranks of a weight with modes {@code dims = (in, out, k…)}: {@code min(r, in)}, {@code
     * min(r, out)}, then {@code min(kernel_r, k)} (or k) per kernel mode.
     */
    public int[] ranks(long[] dims) {
        int[] r = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int wanted = i < 2 ? rank : kernelRank == 0 ? (int) dims[i] : kernelRank;
            r[i] = (int) Math.min(wanted, dims[i]);
        }
        return r;
    }

    /** {@inheritDoc} */
    @Override
    public String peftType() {
        return "FLORA";
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
        j.addProperty("r", rank);
        j.addProperty("kernel_r", kernelRank);
        j.addProperty("scale", scale);
        return j;
    }

    static FloraConfig fromJson(JsonObject j) {
        return new FloraConfig(
                JsonFields.integer(j, "r", 0),
                JsonFields.integer(j, "kernel_r", 0),
                JsonFields.number(j, "scale", 1.0),
                JsonFields.strings(j, "target_modules"),
                JsonFields.strings(j, "modules_to_save"));
    }
}
