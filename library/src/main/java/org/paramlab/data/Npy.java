package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NumPy {@code .npy} files (format versions 1, 2 and 3) into DJL arrays.
 *
 * <p>A file is the magic string {@code \x93NUMPY}, a version, a little-endian header length (2
 * bytes in version 1, 4 bytes after), a header that is a Python dict literal such as {@code
 * {'descr': '<f8', 'fortran_order': False, 'shape': (200, 25, 25), }}, and the values. Supported
 * types: {@code <f8 <f4 <i8 <i4 |u1 |i1 |b1}, little-endian, C order. Anything else, and any file
 * whose value bytes do not match its shape, is rejected with an {@link IllegalArgumentException}
 * that names the file, what was expected and what was found.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {}

    /** The header of a {@code .npy} file: element type and shape. */
    public record Header(String descr, DataType dataType, long[] shape, int dataOffset) {
        /** The number of elements. */
        public long size() {
            return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }
    }

    /**
     * Reads the file into {@code manager}.
     *
     * @throws IllegalArgumentException if the file is not a supported {@code .npy} file
     * @throws IOException if it cannot be read
     */
    public static NDArray read(NDManager manager, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Header header;
        try {
            header = header(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        int width = header.dataType().getNumOfBytes();
        long expected = header.size() * width;
        long found = bytes.length - (long) header.dataOffset();
        if (found != expected) {
            throw new IllegalArgumentException(
                    file
                            + ": expected "
                            + expected
                            + " value bytes for shape "
                            + Arrays.toString(header.shape())
                            + " of "
                            + header.descr()
                            + ", found "
                            + found);
        }
        ByteBuffer values =
                ByteBuffer.allocateDirect((int) expected).order(ByteOrder.nativeOrder());
        ByteBuffer source =
                ByteBuffer.wrap(bytes, header.dataOffset(), (int) expected)
                        .order(ByteOrder.LITTLE_ENDIAN);
        copyToNativeOrder(source, values, width);
        values.flip();
        return manager.create(values, new Shape(header.shape()), header.dataType());
    }

    /**
     * Parses the header at the start of {@code bytes}.
     *
     * @throws IllegalArgumentException if the magic string, version or header is not supported
     */
    public static Header header(byte[] bytes) {
        if (bytes.length < 10 || !Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw new IllegalArgumentException(
                    "not a .npy file: expected the magic string \\x93NUMPY at the start");
        }
        int major = bytes[6];
        int length;
        int start;
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            length = Short.toUnsignedInt(b.getShort(8));
            start = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new IllegalArgumentException("truncated .npy header");
            }
            length = b.getInt(8);
            start = 12;
        } else {
            throw new IllegalArgumentException(
                    "unsupported .npy format version " + major + "; expected 1, 2 or 3");
        }
        if (length < 0 || start + (long) length > bytes.length) {
            throw new IllegalArgumentException(
                    "truncated .npy header: it declares "
                            + length
                            + " bytes but the file has "
                            + (bytes.length - start)
                            + " after the preamble");
        }
        String dict =
                new String(
                        bytes,
                        start,
                        length,
                        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, dict, "descr");
        if (group(ORDER, dict, "fortran_order").equals("True")) {
            throw new IllegalArgumentException(
                    "Fortran-order .npy files are not supported; save with np.ascontiguousarray");
        }
        String shapeText = group(SHAPE, dict, "shape").trim();
        long[] shape =
                shapeText.isEmpty()
                        ? new long[0]
                        : Arrays.stream(shapeText.split(","))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .mapToLong(Npy::dimension)
                                .toArray();
        return new Header(descr, dataType(descr), shape, start + length);
    }

    private static long dimension(String text) {
        try {
            long d =
                    Long.parseLong(
                            text.endsWith("L") ? text.substring(0, text.length() - 1) : text);
            if (d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "bad .npy header: shape entry '" + text + "' is not a size", e);
        }
    }

    private static String group(Pattern p, String dict, String key) {
        Matcher m = p.matcher(dict);
        if (!m.find()) {
            throw new IllegalArgumentException(
                    "bad .npy header: no '" + key + "' entry in " + dict.trim());
        }
        return m.group(1);
    }

    private static DataType dataType(String descr) {
        return switch (descr) {
            case "<f8" -> DataType.FLOAT64;
            case "<f4" -> DataType.FLOAT32;
            case "<i8" -> DataType.INT64;
            case "<i4" -> DataType.INT32;
            case "|u1" -> DataType.UINT8;
            case "|i1" -> DataType.INT8;
            case "|b1" -> DataType.BOOLEAN;
            default ->
                    throw new IllegalArgumentException(
                            "unsupported .npy element type '"
                                    + descr
                                    + "'; expected one of <f8 <f4 <i8 <i4 |u1 |i1 |b1");
        };
    }

    private static void copyToNativeOrder(ByteBuffer from, ByteBuffer to, int width) {
        switch (width) {
            case 8 -> {
                while (from.hasRemaining()) {
                    to.putLong(from.getLong());
                }
            }
            case 4 -> {
                while (from.hasRemaining()) {
                    to.putInt(from.getInt());
                }
            }
            default -> to.put(from);
        }
    }
}
