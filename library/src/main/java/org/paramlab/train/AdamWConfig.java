package org.paramlab.train;

import java.util.List;
import java.util.Objects;

/**
 * Hyperparameters of {@link AdamW}: the moment decay rates, ε, the default decoupled weight decay
 * and the parameter groups.
 *
 * <p>Defaults ({@link #defaults()}) are PyTorch's {@code torch.optim.AdamW}: β₁ = 0.9, β₂ = 0.999,
 * ε = 1e-8, λ = 0.01, no groups. {@link #forLanguageModels()} is the common small-GPT setting (β₂ =
 * 0.95, λ = 0.1, no decay on biases, norm gains and embeddings), as in nanoGPT and OpenELM's
 * configurations (AdamW (0.9, 0.95), weight decay 0.1).
 *
 * @param beta1 β₁, decay of the first moment, in [0, 1)
 * @param beta2 β₂, decay of the second moment, in [0, 1)
 * @param epsilon ε added to the root of the second moment, &gt; 0
 * @param weightDecay λ for parameters in no group, ≥ 0
 * @param groups parameter groups; the first whose pattern matches a path applies
 */
public record AdamWConfig(
        double beta1, double beta2, double epsilon, double weightDecay, List<ParamGroup> groups) {

    /** Settings of a parameter outside every group: multiplier 1 and the default decay. */
    public static final String DEFAULT_GROUP = "default";

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the field, the value found and the valid range
     */
    public AdamWConfig {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException(
                    "AdamW's betas must lie in [0, 1), found ("
                            + beta1
                            + ", "
                            + beta2
                            + "); PyTorch's defaults are (0.9, 0.999).");
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("AdamW's epsilon must be > 0, found " + epsilon);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException(
                    "AdamW's weight decay must be ≥ 0, found " + weightDecay);
        }
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }

    /** PyTorch's defaults: β = (0.9, 0.999), ε = 1e-8, λ = 0.01, no groups. */
    public static AdamWConfig defaults() {
        return new AdamWConfig(0.9, 0.999, 1e-8, 0.01, List.of());
    }

    /**
     * β = (0.9, 0.95), ε = 1e-8, λ = 0.1, with biases, norm gains and embeddings in a no-decay
     * group (paths ending in {@code bias}, {@code gamma}, {@code beta}, {@code gain} or containing
     * {@code norm} or {@code embedding}).
     */
    public static AdamWConfig forLanguageModels() {
        return new AdamWConfig(
                0.9,
                0.95,
                1e-8,
                0.1,
                List.of(ParamGroup.noDecay(".*(bias|gamma|beta|gain)|.*norm.*|.*embedding.*")));
    }

    /** This config with another default weight decay. */
    public AdamWConfig withWeightDecay(double value) {
        return new AdamWConfig(beta1, beta2, epsilon, value, groups);
    }

    /** This config with other moment decay rates. */
    public AdamWConfig withBetas(double b1, double b2) {
        return new AdamWConfig(b1, b2, epsilon, weightDecay, groups);
    }

    /** This config with {@code group} tried before the existing groups. */
    public AdamWConfig withGroupFirst(ParamGroup group) {
        var list = new java.util.ArrayList<ParamGroup>();
        list.add(group);
        list.addAll(groups);
        return new AdamWConfig(beta1, beta2, epsilon, weightDecay, list);
    }

    /** This config with these groups (replacing the existing ones). */
    public AdamWConfig withGroups(List<ParamGroup> value) {
        return new AdamWConfig(beta1, beta2, epsilon, weightDecay, value);
    }

    /**
     * The group of the parameter at {@code path}: the first matching group, else {@link
     * #DEFAULT_GROUP} with multiplier 1 and {@link #weightDecay()}.
     */
    public ParamGroup groupOf(String path) {
        for (ParamGroup group : groups) {
            if (group.matches(path)) {
                return group;
            }
        }
        return new ParamGroup(DEFAULT_GROUP, ".*", 1, weightDecay);
    }
}
