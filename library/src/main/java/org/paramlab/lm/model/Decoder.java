package org.paramlab.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

import org.paramlab.train.GradMode;
import org.paramlab.train.HostArrays;
import org.paramlab.train.ParamGroup;
import org.paramlab.train.ParameterPaths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A decoder-only transformer language model (Radford et al., GPT-2, 2019; the options of {@link
 * DecoderConfig}):
 *
 * <pre>
 *   x₀ = E[ids] (+ P[positions] with learned positions)
 *   x_{l+1} = DecoderLayer_l(x_l),   l = 0 … L − 1
 *   logits = Norm(x_L)·W_outᵀ / m     (m the μP width multiplier, 1 without μP)
 * </pre>
 *
 * <p>Inputs: token ids (B, T) of any integer type, T ≤ contextLength, optionally followed by each
 * layer's cached keys and values (2L arrays (B, G, P, h)). Outputs: logits (B, T, V), then every
 * layer's keys and values for P + T positions (the next call's cache). Parameters: {@value
 * #TOKEN_EMBEDDING} (V, d), {@value #POSITION_EMBEDDING} (contextLength, d) with learned positions,
 * {@value #HEAD} (V, d) (untied), and the layers' ({@code layer0.attention.query.weight}, …).
 *
 * <pre>{@code
 * Decoder model = Decoder.build(DecoderConfig.gpt(65, 64, 128, 2, 4), manager);
 * NDArray logits = model.logits(ids); // (B, T, V)
 * }</pre>
 */
public final class Decoder extends AbstractBlock {
    /** The token embedding's path. */
    public static final String TOKEN_EMBEDDING = "token_embedding";

    /** The learned position table's path. */
    public static final String POSITION_EMBEDDING = "position_embedding";

    /** The readout's path. */
    public static final String HEAD = "head";

    private static final byte VERSION = 1;

    private final DecoderConfig config;
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final Parameter head;
    private final List<DecoderLayer> layers = new ArrayList<>();
    private final Block finalNorm;

    Decoder(DecoderConfig config) {
        super(VERSION);
        this.config = config;
        tokenEmbedding = addParameter(matrix(TOKEN_EMBEDDING, config.vocabSize(), config.dModel()));
        positionEmbedding =
                config.positions() == PositionKind.LEARNED
                        ? addParameter(
                                matrix(POSITION_EMBEDDING, config.contextLength(), config.dModel()))
                        : null;
        for (int i = 0; i < config.depth(); i++) {
            layers.add(addChildBlock("layer" + i, new DecoderLayer(config, i)));
        }
        finalNorm = addChildBlock("final_norm", DecoderLayer.norm(config.norm()));
        head = addParameter(matrix(HEAD, config.vocabSize(), config.dModel()));
    }

    private static Parameter matrix(String name, long rows, long columns) {
        return Parameter.builder()
                .setName(name)
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(rows, columns))
                .optInitializer(Initializer.ZEROS)
                .build();
    }

    /**
     * A decoder for {@code config} with its parameters in {@code manager}, initialised as {@link
     * WeightInit} describes from {@code config.seed()}.
     */
    public static Decoder build(DecoderConfig config, NDManager manager) {
        Objects.requireNonNull(config, "config");
        Decoder decoder = new Decoder(config);
        decoder.initialize(manager, DataType.FLOAT32, new Shape(1, config.contextLength()));
        WeightInit.apply(ParameterPaths.of(decoder), config.seed(), config.depth());
        return decoder;
    }

    /** The configuration it was built from. */
    public DecoderConfig config() {
        return config;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        Shape[] out = new Shape[1 + 2 * config.depth()];
        out[0] = new Shape(ids.get(0), ids.get(1), config.vocabSize());
        Shape x = new Shape(ids.get(0), ids.get(1), config.dModel());
        for (int l = 0; l < config.depth(); l++) {
            Shape[] layerIn =
                    inputShapes.length > 1
                            ? new Shape[] {x, inputShapes[1 + 2 * l], inputShapes[2 + 2 * l]}
                            : new Shape[] {x};
            Shape[] layerOut = layers.get(l).getOutputShapes(layerIn);
            out[1 + 2 * l] = layerOut[1];
            out[2 + 2 * l] = layerOut[2];
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape ids = inputShapes[0];
        Shape x = new Shape(ids.get(0), ids.get(1), config.dModel());
        for (DecoderLayer layer : layers) {
            layer.initialize(manager, dataType, x);
        }
        finalNorm.initialize(manager, dataType, x);
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray ids = inputs.get(0).toType(DataType.INT64, false); // (B, T)
        long t = ids.getShape().get(1);
        long past = inputs.size() > 1 ? inputs.get(1).getShape().get(2) : 0;
        if (past + t > config.contextLength()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "Sequence of %d tokens (%d cached + %d new) exceeds the context"
                                    + " length %d; crop the input to its last %d tokens.",
                            past + t,
                            past,
                            t,
                            config.contextLength(),
                            config.contextLength()));
        }
        var device = ids.getDevice();
        NDArray embedding = store.getValue(tokenEmbedding, device, training);
        NDArray x = Embedding.embedding(ids, embedding, SparseFormat.DENSE).head(); // (B, T, d)
        if (positionEmbedding != null) {
            NDArray positions =
                    ids.getManager().arange(past, past + t).toType(DataType.INT64, false);
            NDArray table = store.getValue(positionEmbedding, device, training);
            x = x.add(Embedding.embedding(positions, table, SparseFormat.DENSE).head()); // (T, d)
        }
        NDList out = new NDList(1 + 2 * layers.size());
        out.add(null);
        for (int l = 0; l < layers.size(); l++) {
            NDList layerIn = new NDList(x);
            if (past > 0) {
                layerIn.add(inputs.get(1 + 2 * l));
                layerIn.add(inputs.get(2 + 2 * l));
            }
            NDList layerOut = layers.get(l).forward(store, layerIn, training);
            x = layerOut.get(0);
            out.add(layerOut.get(1));
            out.add(layerOut.get(2));
        }
        x = finalNorm.forward(store, new NDList(x), training).head();
        NDArray logits = Linear.linear(x, store.getValue(head, device, training)).head(); // (B,T,V)
        double m = config.widthMultiplier();
        if (m != 1.0) {
            logits = HostArrays.times(logits, 1 / m);
        }
        out.set(0, logits);
        return out;
    }

    /**
     * The logits (B, T, V) of {@code ids} (B, T), without recording gradients; the result belongs
     * to {@code ids}' manager.
     */
    public NDArray logits(NDArray ids) {
        try (GradMode off = GradMode.disabled()) {
            return forward(new ParameterStore(ids.getManager(), false), new NDList(ids), false)
                    .head();
        }
    }

    /**
     * Parameter groups for {@link org.paramlab.train.AdamWConfig}: embeddings, norms and biases
     * without weight decay at multiplier 1; hidden matrices of layer l (dense weights, Pattention
     * keys and values) with decay {@code weightDecay} and multiplier {@code layerScale[l]}/m (m the
     * μP width multiplier, 1 without μP); the readout with decay at multiplier 1 (μP scales its
     * output instead).
     *
     * @param layerScale per-layer learning-rate multipliers (length L), or null for all 1
     * @throws IllegalArgumentException if layerScale has the wrong length
     */
    public static List<ParamGroup> paramGroups(
            DecoderConfig config, double weightDecay, double[] layerScale) {
        if (layerScale != null && layerScale.length != config.depth()) {
            throw new IllegalArgumentException(
                    "Need one learning-rate multiplier per layer ("
                            + config.depth()
                            + "), found "
                            + Arrays.toString(layerScale));
        }
        double m = config.widthMultiplier();
        List<ParamGroup> groups = new ArrayList<>();
        groups.add(
                ParamGroup.noDecay(
                        TOKEN_EMBEDDING + "|" + POSITION_EMBEDDING + "|.*(gamma|beta|gain|bias)"));
        for (int l = 0; l < config.depth(); l++) {
            double scale = (layerScale == null ? 1 : layerScale[l]) / m;
            groups.add(
                    new ParamGroup(
                            "layer" + l,
                            "layer" + l + "\\..*(weight|keys|values)",
                            scale,
                            weightDecay));
        }
        groups.add(new ParamGroup("readout", HEAD, 1, weightDecay));
        return groups;
    }

    /** {@link #paramGroups(DecoderConfig, double, double[])} with every layer at multiplier 1. */
    public static List<ParamGroup> paramGroups(DecoderConfig config, double weightDecay) {
        return paramGroups(config, weightDecay, null);
    }
}
