package org.paramlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the safetensors format of Hugging Face, written from its published
 * specification: an 8-byte little-endian unsigned header length {@code N}; {@code N} bytes of UTF-8
 * JSON mapping each tensor name to {@code {"dtype", "shape", "data_offsets": [begin, end]}} plus an
 * optional {@code "__metadata__"} map of strings; then the byte buffer, in which each tensor
 * occupies {@code [begin, end)} in row-major, little-endian order. The buffer is covered without
 * holes or overlaps.
 *
 * <p>This is the file format of HF PEFT's {@code adapter_model.safetensors}. Reading checks every
 * rule above and names the offending tensor. Writing sorts tensors by name, pads the header with
 * spaces to a multiple of 8 bytes (as the reference writer does) and stores the data contiguously.
 */
public final class Safetensors {
    /** The reserved header key of the free-form string metadata. */
    public static final String METADATA_KEY = "__metadata__";

    private static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

    private Safetensors() {}

    /**
     * What a file holds: tensors in file order and the string metadata.
     *
     * @param tensors the tensors, by name, in header order
     * @param metadata the {@code __metadata__} map, empty when absent
     */
    public record Content(Map<String, NDArray> tensors, Map<String, String> metadata) {
        /** Copies both maps into unmodifiable ones. */
        public Content {
            tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /**
     * Reads every tensor of {@code file} into {@code manager}.
     *
     * @throws IllegalArgumentException if the file breaks the format, naming the rule and tensor
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Content read(Path file, NDManager manager) {
        try {
            return decode(Files.readAllBytes(file), manager, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read safetensors file " + file, e);
        }
    }

    /**
     * Writes {@code tensors} and {@code metadata} to {@code file}, replacing it.
     *
     * @throws IllegalArgumentException for a dtype the format cannot hold or the metadata key as a
     *     tensor name
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(
            Path file, Map<String, NDArray> tensors, Map<String, String> metadata) {
        try {
            Files.write(file, encode(tensors, metadata));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write safetensors file " + file, e);
        }
    }

    /** The bytes of a safetensors file holding {@code tensors} and {@code metadata}. */
    public static byte[] encode(Map<String, NDArray> tensors, Map<String, String> metadata) {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) { // toByteBuffer is native order
            throw new IllegalStateException("Safetensors writing needs a little-endian platform.");
        }
        Map<String, NDArray> sorted = new TreeMap<>(tensors);
        JsonObject header = new JsonObject();
        if (metadata != null && !metadata.isEmpty()) {
            JsonObject meta = new JsonObject();
            metadata.forEach(meta::addProperty);
            header.add(METADATA_KEY, meta);
        }
        List<byte[]> blobs = new ArrayList<>();
        long offset = 0;
        for (Map.Entry<String, NDArray> e : sorted.entrySet()) {
            if (METADATA_KEY.equals(e.getKey())) {
                throw new IllegalArgumentException(
                        "A tensor cannot be named " + METADATA_KEY + "; rename it.");
            }
            NDArray array = e.getValue();
            TensorDtype dtype = TensorDtype.of(array.getDataType(), e.getKey());
            ByteBuffer data = array.toByteBuffer();
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            JsonObject entry = new JsonObject();
            entry.addProperty("dtype", dtype.name());
            JsonArray shape = new JsonArray();
            for (long d : array.getShape().getShape()) {
                shape.add(d);
            }
            entry.add("shape", shape);
            JsonArray offsets = new JsonArray();
            offsets.add(offset);
            offsets.add(offset + bytes.length);
            entry.add("data_offsets", offsets);
            header.add(e.getKey(), entry);
            blobs.add(bytes);
            offset += bytes.length;
        }
        byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer out =
                ByteBuffer.allocate(Math.toIntExact(8 + padded + offset))
                        .order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(padded);
        out.put(json);
        for (int i = json.length; i < padded; i++) {
            out.put((byte) ' ');
        }
        for (byte[] b : blobs) {
            out.put(b);
        }
        return out.array();
    }

    /**
     * Parses the bytes of a safetensors file.
     *
     * @param bytes the whole file
     * @param manager where the tensors are created
     * @param source the file's name, for error messages
     * @throws IllegalArgumentException if the bytes break the format
     */
    public static Content decode(byte[] bytes, NDManager manager, String source) {
        if (bytes.length < 8) {
            throw bad(source, "is " + bytes.length + " bytes, shorter than the 8-byte header size");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long n = in.getLong();
        if (n < 2 || n > MAX_HEADER_BYTES || 8 + n > bytes.length) {
            throw bad(
                    source,
                    "declares a header of "
                            + n
                            + " bytes, but the file has "
                            + (bytes.length - 8)
                            + " bytes after the size");
        }
        String text = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        if (!text.startsWith("{")) {
            throw bad(source, "has a header that does not start with '{'");
        }
        JsonObject header;
        try {
            header = JsonParser.parseString(text.strip()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw bad(source, "has a header that is not a JSON object: " + e.getMessage());
        }
        long bufferStart = 8 + n;
        long bufferLength = bytes.length - bufferStart;
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : header.entrySet()) {
            if (METADATA_KEY.equals(e.getKey())) {
                for (Map.Entry<String, JsonElement> m : e.getValue().getAsJsonObject().entrySet()) {
                    if (!m.getValue().isJsonPrimitive()
                            || !m.getValue().getAsJsonPrimitive().isString()) {
                        throw bad(source, "has non-string metadata value for '" + m.getKey() + "'");
                    }
                    metadata.put(m.getKey(), m.getValue().getAsString());
                }
            } else {
                entries.add(Entry.parse(e.getKey(), e.getValue(), source));
            }
        }
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long expected = 0;
        for (Entry e : byOffset) {
            if (e.begin() != expected) {
                throw bad(
                        source,
                        "has tensor '"
                                + e.name()
                                + "' starting at byte "
                                + e.begin()
                                + " where "
                                + expected
                                + " was expected (hole or overlap in the data buffer)");
            }
            expected = e.end();
        }
        if (expected != bufferLength) {
            throw bad(
                    source,
                    "has a data buffer of "
                            + bufferLength
                            + " bytes but its tensors cover "
                            + expected);
        }
        Map<String, NDArray> tensors = new LinkedHashMap<>();
        for (Entry e : entries) {
            int length = Math.toIntExact(e.end() - e.begin());
            ByteBuffer data =
                    e.dtype().toDjl(bytes, Math.toIntExact(bufferStart + e.begin()), length);
            NDArray array = manager.create(data, new Shape(e.shape()), e.dtype().djl());
            array.setName(e.name());
            tensors.put(e.name(), array);
        }
        return new Content(tensors, metadata);
    }

    private static IllegalArgumentException bad(String source, String what) {
        return new IllegalArgumentException("Safetensors file " + source + " " + what + ".");
    }

    /** One header entry. */
    private record Entry(String name, TensorDtype dtype, long[] shape, long begin, long end) {
        static Entry parse(String name, JsonElement json, String source) {
            try {
                JsonObject o = json.getAsJsonObject();
                TensorDtype dtype = TensorDtype.parse(o.get("dtype").getAsString(), name);
                JsonArray s = o.getAsJsonArray("shape");
                long[] shape = new long[s.size()];
                long count = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = s.get(i).getAsLong();
                    if (shape[i] < 0) {
                        throw bad(source, "has a negative dimension in tensor '" + name + "'");
                    }
                    count = Math.multiplyExact(count, shape[i]);
                }
                JsonArray off = o.getAsJsonArray("data_offsets");
                if (off == null || off.size() != 2) {
                    throw bad(source, "has tensor '" + name + "' without two data_offsets");
                }
                long begin = off.get(0).getAsLong();
                long end = off.get(1).getAsLong();
                long needed = count * dtype.bytes();
                if (begin < 0 || end < begin || end - begin != needed) {
                    throw bad(
                            source,
                            String.format(
                                    "has tensor '%s' (%s, shape %s) at offsets [%d, %d): %d bytes"
                                            + " where %d are needed",
                                    name,
                                    dtype,
                                    java.util.Arrays.toString(shape),
                                    begin,
                                    end,
                                    end - begin,
                                    needed));
                }
                return new Entry(name, dtype, shape, begin, end);
            } catch (IllegalStateException
                    | NullPointerException
                    | UnsupportedOperationException e) {
                throw bad(source, "has a malformed entry for tensor '" + name + "': " + e);
            }
        }
    }

    /**
     * The format's dtypes that DJL's PyTorch engine can hold, with their DJL types and element
     * sizes. {@code BF16} is widened to {@code F32} on reading (exactly: a bfloat16 is the upper
     * half of a float32), since the engine cannot create bfloat16 arrays from bytes; {@code I16},
     * the unsigned types wider than a byte and the 8-bit floats are rejected by name.
     */
    enum TensorDtype {
        BOOL(DataType.BOOLEAN, 1),
        U8(DataType.UINT8, 1),
        I8(DataType.INT8, 1),
        F16(DataType.FLOAT16, 2),
        BF16(DataType.FLOAT32, 2),
        I32(DataType.INT32, 4),
        F32(DataType.FLOAT32, 4),
        F64(DataType.FLOAT64, 8),
        I64(DataType.INT64, 8);

        private final DataType djl;
        private final int bytes;

        TensorDtype(DataType djl, int bytes) {
            this.djl = djl;
            this.bytes = bytes;
        }

        DataType djl() {
            return djl;
        }

        int bytes() {
            return bytes;
        }

        /** The tensor's bytes as DJL expects them (bfloat16 widened to float32). */
        ByteBuffer toDjl(byte[] file, int from, int length) {
            int outLength = this == BF16 ? 2 * length : length;
            ByteBuffer data = ByteBuffer.allocateDirect(outLength).order(ByteOrder.LITTLE_ENDIAN);
            if (this == BF16) {
                for (int i = 0; i < length; i += 2) {
                    data.put((byte) 0).put((byte) 0).put(file[from + i]).put(file[from + i + 1]);
                }
            } else {
                data.put(file, from, length);
            }
            data.rewind();
            return data;
        }

        static TensorDtype parse(String text, String tensor) {
            for (TensorDtype d : values()) {
                if (d.name().equals(text)) {
                    return d;
                }
            }
            throw new IllegalArgumentException(
                    "Tensor '"
                            + tensor
                            + "' has dtype "
                            + text
                            + ", which is not supported here; supported: "
                            + java.util.Arrays.toString(values()));
        }

        static TensorDtype of(DataType type, String tensor) {
            for (TensorDtype d : values()) {
                if (d.djl == type && d != BF16) {
                    return d;
                }
            }
            throw new IllegalArgumentException(
                    "Tensor '"
                            + tensor
                            + "' has DJL type "
                            + type
                            + ", which is not written here; convert it to float32.");
        }
    }
}
