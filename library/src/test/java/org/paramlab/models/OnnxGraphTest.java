package org.paramlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.CodedOutputStream;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/** A hand-encoded ModelProto (field numbers of onnx.proto) decoded field by field. */
class OnnxGraphTest {

    private static byte[] message(Writer w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        w.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    static byte[] tinyModel() throws IOException {
        byte[] raw =
                ByteBuffer.allocate(24)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putFloat(1)
                        .putFloat(2)
                        .putFloat(3)
                        .putFloat(4)
                        .putFloat(5)
                        .putFloat(6)
                        .array();
        byte[] weight =
                message(
                        o -> {
                            o.writeInt64(1, 3); // dims, unpacked
                            o.writeInt64(1, 2);
                            o.writeInt32(2, OnnxGraph.FLOAT);
                            o.writeString(8, "onnx::MatMul_7");
                            o.writeByteArray(9, raw);
                        });
        byte[] bias =
                message(
                        o -> {
                            o.writeInt32(2, OnnxGraph.FLOAT);
                            o.writeString(8, "encoder.layer.0.attention.self.query.bias");
                            o.writeTag(1, 2); // packed dims
                            o.writeUInt32NoTag(1);
                            o.writeInt64NoTag(2);
                            o.writeTag(4, 2); // packed float_data
                            o.writeUInt32NoTag(8);
                            o.writeFloatNoTag(0.5f);
                            o.writeFloatNoTag(-0.5f);
                        });
        byte[] ids =
                message(
                        o -> {
                            o.writeInt64(1, 2);
                            o.writeInt32(2, OnnxGraph.INT64);
                            o.writeString(8, "position_ids");
                            o.writeInt64(7, 0);
                            o.writeInt64(7, 1);
                        });
        byte[] node =
                message(
                        o -> {
                            o.writeString(1, "x");
                            o.writeString(1, "onnx::MatMul_7");
                            o.writeString(2, "y");
                            o.writeString(3, "/encoder/layer.0/attention/self/query/MatMul");
                            o.writeString(4, "MatMul");
                        });
        byte[] input = message(o -> o.writeString(1, "input_ids"));
        byte[] output = message(o -> o.writeString(1, "last_hidden_state"));
        byte[] graph =
                message(
                        o -> {
                            o.writeByteArray(1, node);
                            o.writeString(2, "g");
                            o.writeByteArray(5, weight);
                            o.writeByteArray(5, bias);
                            o.writeByteArray(5, ids);
                            o.writeByteArray(11, input);
                            o.writeByteArray(12, output);
                        });
        return message(
                o -> {
                    o.writeInt64(1, 8); // ir_version
                    o.writeString(2, "test");
                    o.writeByteArray(7, graph);
                });
    }

    @Test
    void decodesInitializersNodesAndIoNames() throws IOException {
        OnnxGraph g = OnnxGraph.parse(tinyModel());
        assertEquals(List.of("input_ids"), g.inputs());
        assertEquals(List.of("last_hidden_state"), g.outputs());
        OnnxGraph.Tensor w = g.initializers().get("onnx::MatMul_7");
        assertArrayEquals(new long[] {3, 2}, w.dims());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, w.values());
        assertArrayEquals(
                new float[] {0.5f, -0.5f},
                g.initializers().get("encoder.layer.0.attention.self.query.bias").values());
        assertArrayEquals(new float[] {0, 1}, g.initializers().get("position_ids").values());
        assertEquals("MatMul", g.nodes().get(0).opType());
    }

    @Test
    void anonymousMatMulWeightsAreNamedByTheirNodeAndTransposed() throws IOException {
        var weights = BertWeights.fromOnnx(OnnxGraph.parse(tinyModel()));
        var w = weights.get("encoder.layer.0.attention.self.query.weight");
        assertArrayEquals(new long[] {2, 3}, w.shape()); // PyTorch (out, in)
        assertArrayEquals(new float[] {1, 3, 5, 2, 4, 6}, w.values());
        assertEquals(
                "encoder.layer.0.attention.output.dense",
                BertWeights.modulePath("/encoder/layer.0/attention/output/dense/MatMul"));
    }

    @Test
    void quantizedTensorsAreRejectedByType() throws IOException {
        byte[] int8 =
                message(
                        o -> {
                            o.writeInt64(1, 1);
                            o.writeInt32(2, 3); // INT8
                            o.writeString(8, "q");
                            o.writeByteArray(9, new byte[] {1});
                        });
        byte[] graph = message(o -> o.writeByteArray(5, int8));
        byte[] model = message(o -> o.writeByteArray(7, graph));
        var e = assertThrows(IllegalArgumentException.class, () -> OnnxGraph.parse(model));
        assertEquals(true, e.getMessage().contains("fp32 artifact"), e.getMessage());
    }
}
