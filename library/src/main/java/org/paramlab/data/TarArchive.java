package org.paramlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the regular files of a (ustar) tar stream, as {@code npm pack} writes them.
 *
 * <p>Each entry is a 512-byte header (name in bytes 0–99, size in octal in 124–135, type in 156,
 * name prefix in 345–499) followed by the contents padded to a multiple of 512 bytes; two zero
 * blocks end the archive.
 */
final class TarArchive {
    private static final int BLOCK = 512;

    private TarArchive() {}

    /**
     * The contents of the regular files whose names pass {@code wanted}, by name, in archive order.
     *
     * @throws IOException if the stream ends inside an entry or a header is malformed
     */
    static Map<String, byte[]> read(InputStream in, Predicate<String> wanted) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] header = new byte[BLOCK];
        while (true) {
            if (!readFully(in, header)) {
                throw new IOException("the tar archive ends without its closing blocks");
            }
            if (isZero(header)) {
                return files;
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            long size = octal(header, 124, 12, name);
            char type = (char) header[156];
            long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            if ((type == '0' || type == 0) && wanted.test(name)) {
                byte[] content = new byte[Math.toIntExact(size)];
                if (!readFully(in, content)) {
                    throw new IOException("the tar archive ends inside " + name);
                }
                files.put(name, content);
                skip(in, padded - size, name);
            } else {
                skip(in, padded, name);
            }
        }
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = 0;
        while (read < buffer.length) {
            int n = in.read(buffer, read, buffer.length - read);
            if (n < 0) {
                return false;
            }
            read += n;
        }
        return true;
    }

    private static void skip(InputStream in, long count, String name) throws IOException {
        long left = count;
        byte[] sink = new byte[BLOCK * 16];
        while (left > 0) {
            int n = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (n < 0) {
                throw new IOException("the tar archive ends inside " + name);
            }
            left -= n;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length, String name)
            throws IOException {
        String s = text(header, offset, length).trim();
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("bad size field '" + s + "' in the tar header of " + name, e);
        }
    }

    /** Bytes of a tar archive holding {@code files} (for tests and fixtures). */
    static byte[] write(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] header = new byte[BLOCK];
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            System.arraycopy(name, 0, header, 0, Math.min(100, name.length));
            byte[] size =
                    String.format("%011o", e.getValue().length).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(size, 0, header, 124, size.length);
            header[156] = '0';
            byte[] magic = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(magic, 0, header, 257, magic.length);
            out.writeBytes(header);
            out.writeBytes(e.getValue());
            int pad = (BLOCK - e.getValue().length % BLOCK) % BLOCK;
            out.writeBytes(new byte[pad]);
        }
        out.writeBytes(new byte[2 * BLOCK]);
        return out.toByteArray();
    }
}
