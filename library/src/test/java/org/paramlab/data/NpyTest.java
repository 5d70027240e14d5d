package org.paramlab.data;

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
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

class NpyTest {

    /** A version-1 .npy file with the given header dict and raw little-endian values. */
    static byte[] npy(int major, String dict, byte[] values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        int preamble = major == 1 ? 10 : 12;
        StringBuilder header = new StringBuilder(dict);
        while ((preamble + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        ByteBuffer length = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            length.putShort((short) header.length());
        } else {
            length.putInt(header.length());
        }
        out.writeBytes(length.array());
        out.writeBytes(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(values);
        return out.toByteArray();
    }

    static byte[] doubles(double... v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double d : v) {
            b.putDouble(d);
        }
        return b.array();
    }

    @Test
    void readsFloat64InCOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.npy");
        Files.write(
                file,
                npy(
                        1,
                        "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
                        doubles(1, 2, 3, 4, 5, 6)));
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = Npy.read(m, file);
            assertEquals(new Shape(2, 3), a.getShape());
            assertEquals(DataType.FLOAT64, a.getDataType());
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.toDoubleArray());
            assertEquals(6.0, a.get(1, 2).getDouble());
        }
    }

    @Test
    void readsBytesAndVersionTwoHeaders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.npy");
        Files.write(
                file,
                npy(
                        2,
                        "{'descr': '|u1', 'fortran_order': False, 'shape': (4,), }",
                        new byte[] {1, 2, 3, (byte) 255}));
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = Npy.read(m, file);
            assertEquals(new Shape(4), a.getShape());
            assertEquals(255, a.toType(DataType.INT32, false).toIntArray()[3]);
        }
    }

    @Test
    void badMagicIsNotNpy() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Npy.header("PK\u0003\u0004 zip file".getBytes()));
        assertTrue(e.getMessage().contains("magic string"), e.getMessage());
    }

    @Test
    void headerWithoutShapeIsRejected() {
        byte[] bad = npy(1, "{'descr': '<f8', 'fortran_order': False, }", new byte[0]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Npy.header(bad));
        assertTrue(e.getMessage().contains("no 'shape' entry"), e.getMessage());
    }

    @Test
    void headerLongerThanTheFileIsTruncation() {
        byte[] full =
                npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", doubles(1));
        byte[] cut = Arrays.copyOf(full, 30);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Npy.header(cut));
        assertTrue(e.getMessage().contains("truncated .npy header"), e.getMessage());
    }

    @Test
    void missingValuesAreCountedInTheError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("short.npy");
        Files.write(
                file,
                npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", doubles(1, 2)));
        try (NDManager m = NDManager.newBaseManager()) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Npy.read(m, file));
            assertTrue(
                    e.getMessage()
                            .contains("expected 24 value bytes for shape [3] of <f8, found 16"),
                    e.getMessage());
        }
    }

    @Test
    void fortranOrderAndBigEndianAreRejectedByName() {
        byte[] fortran =
                npy(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (1,), }", doubles(1));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> Npy.header(fortran))
                        .getMessage()
                        .contains("Fortran"));
        byte[] big =
                npy(1, "{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }", doubles(1));
        assertTrue(
                assertThrows(IllegalArgumentException.class, () -> Npy.header(big))
                        .getMessage()
                        .contains("'>f8'"));
    }
}
