package org.paramlab.lm.model;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;

import org.paramlab.train.ArrayCopy;
import org.paramlab.train.OptimizerState;
import org.paramlab.train.ParameterPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TokenFormer's progressive scaling (Wang et al., ICLR 2025, arXiv:2410.23168, §3.4): a trained
 * model grows by appending parameter tokens to every Pattention layer, new keys and values
 * initialised to zero, and training continues. With the GELU norms and τ kept, a zero key scores 0,
 * GELU(0) = 0 and the norms are unchanged, so the grown model computes exactly the same function;
 * with softmax it does not (exp(0) = 1 enters the normaliser).
 *
 * <pre>{@code
 * Decoder big = Growth.grow(small, Growth.tokenFormerTarget(small.config(), 192, 768, true), manager);
 * var state = small optimizer state  // OptimizerState pads the moments of the new rows with zeros
 * }</pre>
 */
public final class Growth {
    private Growth() {}

    /**
     * The config of {@code config} with {@code attentionTokens} per attention projection and {@code
     * ffnTokens} per feed-forward layer.
     *
     * @param keepTau keep the τ of {@code config} (exact growth); false recomputes τ = √n from the
     *     new counts, as the TokenFormer repository does in every forward pass
     * @throws IllegalArgumentException if {@code config} is not a TokenFormer or a count shrinks
     */
    public static DecoderConfig tokenFormerTarget(
            DecoderConfig config, int attentionTokens, int ffnTokens, boolean keepTau) {
        TokenParams params = config.tokenParams();
        if (params == null) {
            throw new IllegalArgumentException(
                    "Only a TokenFormer decoder (tokenParams set) grows by parameter tokens.");
        }
        if (attentionTokens < params.attentionTokens()) {
            throw new IllegalArgumentException(
                    "Growth cannot shrink the attention tokens from "
                            + params.attentionTokens()
                            + " to "
                            + attentionTokens);
        }
        List<LayerSpec> layers = new ArrayList<>();
        double ffnTau = 0;
        for (LayerSpec l : config.layers()) {
            if (ffnTokens < l.ffnWidth()) {
                throw new IllegalArgumentException(
                        "Growth cannot shrink the feed-forward tokens from "
                                + l.ffnWidth()
                                + " to "
                                + ffnTokens);
            }
            ffnTau = params.effectiveFfnTau(l.ffnWidth());
            layers.add(l.withFfnWidth(ffnTokens));
        }
        TokenParams grown =
                keepTau
                        ? params.withAttentionTokens(attentionTokens)
                                .withTaus(params.effectiveAttentionTau(), ffnTau)
                        : TokenParams.of(attentionTokens, params.norm());
        return config.withLayers(layers).withTokenParams(grown);
    }

    /**
     * A model of config {@code target} holding {@code source}'s parameters: each parameter is
     * copied into the leading corner of the target's (same path), the rest is zero. For a
     * TokenFormer target from {@link #tokenFormerTarget} this appends zero parameter tokens.
     *
     * @throws IllegalArgumentException if a path is missing or an axis would shrink
     */
    public static Decoder grow(Decoder source, DecoderConfig target, NDManager manager) {
        Decoder grown = Decoder.build(target, manager);
        Map<String, Parameter> from = ParameterPaths.of(source);
        for (Map.Entry<String, Parameter> e : ParameterPaths.of(grown).entrySet()) {
            Parameter old = from.get(e.getKey());
            if (old == null) {
                throw new IllegalArgumentException(
                        "The source model has no parameter " + e.getKey() + " to grow from.");
            }
            long[] shape = old.getArray().getShape().getShape();
            long[] to = e.getValue().getArray().getShape().getShape();
            ArrayCopy.into(
                    e.getValue().getArray(),
                    OptimizerState.pad(old.getArray().toFloatArray(), shape, to));
        }
        return grown;
    }
}
