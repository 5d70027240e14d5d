package org.paramlab.models;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX model that a weight loader needs: the graph's initializers (named tensors),
 * its nodes (name, operator, inputs, outputs) and its input and output names.
 *
 * <p>Decoded straight from the protobuf wire format with {@link CodedInputStream}, by the field
 * numbers of {@code onnx.proto} (ONNX IR version 3 onward): {@code ModelProto.graph = 7}; {@code
 * GraphProto.node = 1, initializer = 5, input = 11, output = 12}; {@code NodeProto.input = 1,
 * output = 2, name = 3, op_type = 4}; {@code TensorProto.dims = 1, data_type = 2, float_data = 4,
 * int32_data = 5, int64_data = 7, name = 8, raw_data = 9, double_data = 10, data_location = 14};
 * {@code ValueInfoProto.name = 1}. Other fields are skipped. Tensors with external data are
 * rejected, since the artifacts we read embed their weights.
 *
 * @param initializers the initializers by name, in file order
 * @param nodes the graph's nodes in topological (file) order
 * @param inputs the graph's input names
 * @param outputs the graph's output names
 */
public record OnnxGraph(
        Map<String, Tensor> initializers,
        List<Node> nodes,
        List<String> inputs,
        List<String> outputs) {

    /** Makes the collections unmodifiable. */
    public OnnxGraph {
        initializers = Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** ONNX {@code TensorProto.DataType} codes this reader decodes. */
    static final int FLOAT = 1;

    static final int INT32 = 6;
    static final int INT64 = 7;
    static final int DOUBLE = 11;

    /**
     * One initializer, converted to {@code float} (integer tensors such as position ids too).
     *
     * @param name the initializer's name
     * @param dims its shape
     * @param dataType the ONNX data type code it was stored with
     * @param values the values in row-major order
     */
    public record Tensor(String name, long[] dims, int dataType, float[] values) {
        /** Number of elements, the product of {@code dims}. */
        public long size() {
            long n = 1;
            for (long d : dims) {
                n *= d;
            }
            return n;
        }
    }

    /**
     * One node.
     *
     * @param name the node's name, e.g. {@code /encoder/layer.0/attention/self/query/MatMul}
     * @param opType the operator, e.g. {@code MatMul}
     * @param inputs input value names
     * @param outputs output value names
     */
    public record Node(String name, String opType, List<String> inputs, List<String> outputs) {}

    /**
     * Decodes a serialised {@code ModelProto}.
     *
     * @throws IllegalArgumentException if the bytes are not a model with a graph, or a tensor uses
     *     a data type or storage this reader does not handle
     */
    public static OnnxGraph parse(byte[] model) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(model);
            in.setSizeLimit(Integer.MAX_VALUE);
            OnnxGraph graph = null;
            while (true) {
                int tag = in.readTag();
                if (tag == 0) {
                    break;
                }
                if (WireFormat.getTagFieldNumber(tag) == 7) {
                    int limit = in.pushLimit(in.readRawVarint32());
                    graph = graph(in);
                    in.popLimit(limit);
                } else {
                    in.skipField(tag);
                }
            }
            if (graph == null) {
                throw new IllegalArgumentException("The ONNX model has no graph (field 7).");
            }
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("Malformed ONNX protobuf", e);
        }
    }

    private static OnnxGraph graph(CodedInputStream in) throws IOException {
        Map<String, Tensor> initializers = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 || field == 5 || field == 11 || field == 12) {
                int limit = in.pushLimit(in.readRawVarint32());
                switch (field) {
                    case 1 -> nodes.add(node(in));
                    case 5 -> {
                        Tensor t = tensor(in);
                        initializers.put(t.name(), t);
                    }
                    case 11 -> inputs.add(valueName(in));
                    default -> outputs.add(valueName(in));
                }
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
        return new OnnxGraph(initializers, nodes, inputs, outputs);
    }

    private static Node node(CodedInputStream in) throws IOException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String op = "";
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> inputs.add(in.readString());
                case 2 -> outputs.add(in.readString());
                case 3 -> name = in.readString();
                case 4 -> op = in.readString();
                default -> in.skipField(tag);
            }
        }
        return new Node(name, op, inputs, outputs);
    }

    private static String valueName(CodedInputStream in) throws IOException {
        String name = "";
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            if (WireFormat.getTagFieldNumber(tag) == 1) {
                name = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        return name;
    }

    private static Tensor tensor(CodedInputStream in) throws IOException {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = "";
        ByteBuffer raw = null;
        List<Float> floats = new ArrayList<>();
        List<Long> ints = new ArrayList<>();
        List<Double> doubles = new ArrayList<>();
        int location = 0;
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            boolean packed = WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            switch (field) {
                case 1 -> readLongs(in, packed, dims);
                case 2 -> type = in.readInt32();
                case 4 -> {
                    if (packed) {
                        int limit = in.pushLimit(in.readRawVarint32());
                        while (!in.isAtEnd()) {
                            floats.add(in.readFloat());
                        }
                        in.popLimit(limit);
                    } else {
                        floats.add(in.readFloat());
                    }
                }
                case 5, 7 -> readLongs(in, packed, ints);
                case 8 -> name = in.readString();
                case 9 -> raw = in.readByteBuffer();
                case 10 -> {
                    if (packed) {
                        int limit = in.pushLimit(in.readRawVarint32());
                        while (!in.isAtEnd()) {
                            doubles.add(in.readDouble());
                        }
                        in.popLimit(limit);
                    } else {
                        doubles.add(in.readDouble());
                    }
                }
                case 14 -> location = in.readInt32();
                default -> in.skipField(tag);
            }
        }
        if (location == 1) {
            throw new IllegalArgumentException(
                    "Initializer '"
                            + name
                            + "' stores its data externally; embed it in the model.");
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        float[] values = new float[Math.toIntExact(count)];
        if (raw != null) {
            raw.order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < values.length; i++) {
                values[i] =
                        switch (type) {
                            case FLOAT -> raw.getFloat();
                            case INT64 -> raw.getLong();
                            case INT32 -> raw.getInt();
                            case DOUBLE -> (float) raw.getDouble();
                            default -> throw unsupported(name, type);
                        };
            }
        } else {
            List<? extends Number> source =
                    switch (type) {
                        case FLOAT -> floats;
                        case INT32, INT64 -> ints;
                        case DOUBLE -> doubles;
                        default -> throw unsupported(name, type);
                    };
            if (source.size() != values.length) {
                throw new IllegalArgumentException(
                        "Initializer '"
                                + name
                                + "' has "
                                + source.size()
                                + " values for shape "
                                + dims);
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = source.get(i).floatValue();
            }
        }
        return new Tensor(name, shape, type, values);
    }

    private static void readLongs(CodedInputStream in, boolean packed, List<Long> out)
            throws IOException {
        if (packed) {
            int limit = in.pushLimit(in.readRawVarint32());
            while (!in.isAtEnd()) {
                out.add(in.readInt64());
            }
            in.popLimit(limit);
        } else {
            out.add(in.readInt64());
        }
    }

    private static IllegalArgumentException unsupported(String name, int type) {
        return new IllegalArgumentException(
                "Initializer '"
                        + name
                        + "' has ONNX data type "
                        + type
                        + "; this reader handles FLOAT (1), INT32 (6), INT64 (7) and DOUBLE (11)."
                        + " A quantized model needs its fp32 artifact.");
    }
}
