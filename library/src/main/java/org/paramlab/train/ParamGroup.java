package org.paramlab.train;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Optimizer settings for the parameters whose path matches a regular expression, as PyTorch's
 * parameter groups: a learning-rate multiplier (μP's per-layer rates, discriminative fine-tuning)
 * and a weight decay (none for norms and biases).
 *
 * <p>Paths are those of {@link ParameterPaths}: child block names joined by dots, e.g. {@code
 * layers.0.attention.query.weight}. {@link AdamWConfig#groupOf(String)} gives a parameter the first
 * group whose pattern matches its whole path; unmatched parameters get multiplier 1 and the
 * optimizer's default weight decay.
 *
 * <pre>{@code
 * var noDecay = ParamGroup.noDecay(".*(bias|norm.*|gamma|beta)");
 * var hidden = new ParamGroup("hidden", "layers\\..*weight", 0.25, 0.1); // μP: η/m for width ×4
 * }</pre>
 *
 * @param name a short name for provenance and tables
 * @param pattern a {@link Pattern} matched against the whole parameter path
 * @param lrScale multiplier of the scheduled learning rate, &gt; 0
 * @param weightDecay decoupled weight decay λ of this group, ≥ 0 (applied as w ← w − η·scale·λ·w)
 */
public record ParamGroup(String name, String pattern, double lrScale, double weightDecay) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a pattern that does not compile, a non-positive
     *     multiplier or a negative decay
     */
    public ParamGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "Parameter group '" + name + "' has an invalid pattern: " + e.getMessage(), e);
        }
        if (!(lrScale > 0) || Double.isInfinite(lrScale)) {
            throw new IllegalArgumentException(
                    "Parameter group '"
                            + name
                            + "' needs a positive learning-rate multiplier, found "
                            + lrScale
                            + "; freeze parameters instead of giving them a zero rate.");
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException(
                    "Parameter group '"
                            + name
                            + "' needs a weight decay ≥ 0, found "
                            + weightDecay);
        }
    }

    /** A group without weight decay and with multiplier 1, named {@code no-decay}. */
    public static ParamGroup noDecay(String pattern) {
        return new ParamGroup("no-decay", pattern, 1, 0);
    }

    /** Whether {@code path} belongs to this group (the whole path must match). */
    public boolean matches(String path) {
        return Pattern.matches(pattern, path);
    }
}
