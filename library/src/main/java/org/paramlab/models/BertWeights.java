package org.paramlab.models;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import org.paramlab.nn.ModulePaths;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT weights by HF parameter name ({@code encoder.layer.0.attention.self.query.weight}), in
 * PyTorch layout, and how to read them from an ONNX export and copy them into a block tree.
 *
 * <p>In the ONNX exports of {@code transformers} models, biases, embeddings and LayerNorms keep
 * their names, but each linear weight becomes an anonymous initializer ({@code onnx::MatMul_787})
 * stored {@code (in, out)} for {@code x·W}. Its module is the name of the MatMul node that consumes
 * it ({@code /encoder/layer.0/attention/self/query/MatMul} → {@code
 * encoder.layer.0.attention.self.query}); it is transposed to PyTorch's {@code (out, in)}.
 */
final class BertWeights {
    private BertWeights() {}

    /** A named tensor in PyTorch layout. */
    record Weight(long[] shape, float[] values) {}

    /**
     * The model's weights by HF name.
     *
     * @throws IllegalArgumentException if a MatMul weight's node name is not a module path
     */
    static Map<String, Weight> fromOnnx(OnnxGraph graph) {
        Map<String, Weight> out = new LinkedHashMap<>();
        for (OnnxGraph.Tensor t : graph.initializers().values()) {
            if (!t.name().startsWith("onnx::") && !t.name().endsWith("position_ids")) {
                out.put(t.name(), new Weight(t.dims(), t.values()));
            }
        }
        for (OnnxGraph.Node node : graph.nodes()) {
            if (!node.opType().equals("MatMul")) {
                continue;
            }
            for (String input : node.inputs()) {
                OnnxGraph.Tensor t = graph.initializers().get(input);
                if (t == null || t.dims().length != 2) {
                    continue;
                }
                String module = modulePath(node.name());
                out.put(module + ".weight", transpose(t));
            }
        }
        return out;
    }

    /** {@code /encoder/layer.0/attention/self/query/MatMul} → {@code encoder.layer.0...query}. */
    static String modulePath(String nodeName) {
        String path = nodeName.startsWith("/") ? nodeName.substring(1) : nodeName;
        int cut = path.lastIndexOf('/');
        if (cut < 0) {
            throw new IllegalArgumentException(
                    "MatMul node '"
                            + nodeName
                            + "' does not name the module that owns its weight.");
        }
        return path.substring(0, cut).replace('/', '.');
    }

    private static Weight transpose(OnnxGraph.Tensor t) {
        int rows = (int) t.dims()[0];
        int cols = (int) t.dims()[1];
        float[] src = t.values();
        float[] dst = new float[src.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                dst[j * rows + i] = src[i * cols + j];
            }
        }
        return new Weight(new long[] {cols, rows}, dst);
    }

    /**
     * Copies {@code weights} into the initialised parameters of {@code model}, whose parameter
     * paths must match the names exactly, with {@code prefix} stripped from the weights' names.
     *
     * @throws IllegalArgumentException naming every parameter without a weight, every weight
     *     without a parameter, and every shape mismatch
     */
    static void copyInto(Block model, Map<String, Weight> weights) {
        Map<String, Parameter> params = ModulePaths.parameters(model);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            Weight w = weights.get(e.getKey());
            Shape expected = e.getValue().getArray().getShape();
            if (w == null) {
                problems.add("no weight for parameter " + e.getKey() + " " + expected);
            } else if (!expected.equals(new Shape(w.shape()))) {
                problems.add(
                        e.getKey()
                                + ": checkpoint "
                                + Arrays.toString(w.shape())
                                + " vs model "
                                + expected);
            }
        }
        for (String name : weights.keySet()) {
            if (!params.containsKey(name)) {
                problems.add("checkpoint weight " + name + " has no parameter in the model");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Checkpoint does not fit the model: " + String.join("; ", problems));
        }
        for (Map.Entry<String, Parameter> e : params.entrySet()) {
            e.getValue().getArray().set(FloatBuffer.wrap(weights.get(e.getKey()).values()));
        }
    }
}
