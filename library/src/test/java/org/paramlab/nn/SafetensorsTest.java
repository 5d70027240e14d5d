package org.paramlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

class SafetensorsTest {

    /** A file built byte by byte from the specification: header length, JSON, data. */
    private static byte[] handBuilt(String json, byte[] data) {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer n = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        n.putLong(header.length);
        out.writeBytes(n.array());
        out.writeBytes(header);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] littleEndianFloats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    @Test
    void readsHandBuiltFileWithTwoDtypesAndMetadata() {
        byte[] data = new byte[4 * 4 + 2 * 8];
        System.arraycopy(littleEndianFloats(1f, 2f, 3f, -4.5f), 0, data, 0, 16);
        ByteBuffer ints = ByteBuffer.wrap(data, 16, 16).order(ByteOrder.LITTLE_ENDIAN);
        ints.putLong(7L);
        ints.putLong(-1L);
        String json =
                "{\"__metadata__\":{\"format\":\"pt\"},"
                        + "\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
                        + "\"ids\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[16,32]}}";
        try (NDManager m = NDManager.newBaseManager()) {
            var content = Safetensors.decode(handBuilt(json, data), m, "hand");
            assertEquals(Map.of("format", "pt"), content.metadata());
            NDArray w = content.tensors().get("w");
            assertEquals(new Shape(2, 2), w.getShape());
            assertArrayEquals(new float[] {1f, 2f, 3f, -4.5f}, w.toFloatArray());
            NDArray ids = content.tensors().get("ids");
            assertEquals(DataType.INT64, ids.getDataType());
            assertArrayEquals(new long[] {7L, -1L}, ids.toLongArray());
        }
    }

    @Test
    void writtenBytesMatchTheSpecificationLayout() {
        try (NDManager m = NDManager.newBaseManager()) {
            Map<String, NDArray> tensors = new LinkedHashMap<>();
            tensors.put("b", m.create(new float[] {0.5f}));
            tensors.put("a", m.create(new float[] {1f, 2f}, new Shape(1, 2)));
            byte[] bytes = Safetensors.encode(tensors, Map.of());
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            long n = in.getLong();
            assertEquals(0, n % 8, "header padded to 8 bytes");
            String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
            String expected =
                    "{\"a\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[0,8]},"
                            + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}";
            assertEquals(expected, header.stripTrailing());
            byte[] data = new byte[12];
            System.arraycopy(bytes, (int) (8 + n), data, 0, 12);
            assertArrayEquals(littleEndianFloats(1f, 2f, 0.5f), data);
        }
    }

    @Test
    void roundTripsEveryDtypeThroughAFile(@TempDir Path dir) {
        try (NDManager m = NDManager.newBaseManager()) {
            Map<String, NDArray> tensors = new LinkedHashMap<>();
            NDArray base = m.create(new float[] {1f, -2f, 3.25f, 0f, 5f, 6f}, new Shape(2, 3));
            for (DataType t :
                    new DataType[] {
                        DataType.FLOAT32, DataType.FLOAT64, DataType.FLOAT16, DataType.INT64,
                        DataType.INT32, DataType.INT8, DataType.UINT8, DataType.BOOLEAN
                    }) {
                tensors.put(t.name(), base.abs().toType(t, false));
            }
            tensors.put("empty", m.create(new Shape(0, 4)));
            Path file = dir.resolve("t.safetensors");
            Safetensors.write(file, tensors, Map.of("k", "v"));
            var back = Safetensors.read(file, m);
            assertEquals(Map.of("k", "v"), back.metadata());
            for (var e : tensors.entrySet()) {
                NDArray got = back.tensors().get(e.getKey());
                assertEquals(e.getValue().getDataType(), got.getDataType(), e.getKey());
                assertEquals(e.getValue().getShape(), got.getShape(), e.getKey());
                assertTrue(
                        e.getValue()
                                .toType(DataType.FLOAT32, false)
                                .contentEquals(got.toType(DataType.FLOAT32, false)),
                        e.getKey());
            }
        }
    }

    @Test
    void widensBfloat16ToFloat32Exactly() {
        // 1.0 = 0x3F80, -2.5 = 0xC020 as bfloat16 (the upper halves of the float32 bits)
        byte[] data = {(byte) 0x80, 0x3F, 0x20, (byte) 0xC0};
        String json = "{\"h\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[0,4]}}";
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray h = Safetensors.decode(handBuilt(json, data), m, "f").tensors().get("h");
            assertEquals(DataType.FLOAT32, h.getDataType());
            assertArrayEquals(new float[] {1f, -2.5f}, h.toFloatArray());
        }
    }

    @Test
    void rejectsTensorWhoseOffsetsDoNotMatchItsShape() {
        String json = "{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}";
        try (NDManager m = NDManager.newBaseManager()) {
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Safetensors.decode(handBuilt(json, new byte[8]), m, "f"));
            assertTrue(
                    e.getMessage().contains("'w'") && e.getMessage().contains("12"),
                    e.getMessage());
        }
    }

    @Test
    void rejectsHoleInTheDataBuffer() {
        String json =
                "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                        + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}";
        try (NDManager m = NDManager.newBaseManager()) {
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Safetensors.decode(handBuilt(json, new byte[12]), m, "f"));
            assertTrue(e.getMessage().contains("'b'"), e.getMessage());
        }
    }

    @Test
    void rejectsHeaderLongerThanTheFile() {
        byte[] bytes = handBuilt("{}", new byte[0]);
        bytes[0] = 100;
        try (NDManager m = NDManager.newBaseManager()) {
            assertThrows(IllegalArgumentException.class, () -> Safetensors.decode(bytes, m, "f"));
        }
    }

    @Test
    void rejectsUnknownDtypeByName() {
        String json = "{\"w\":{\"dtype\":\"F8_E4M3\",\"shape\":[1],\"data_offsets\":[0,1]}}";
        try (NDManager m = NDManager.newBaseManager()) {
            var e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Safetensors.decode(handBuilt(json, new byte[1]), m, "f"));
            assertTrue(e.getMessage().contains("F8_E4M3"), e.getMessage());
        }
    }
}
