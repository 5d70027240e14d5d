package org.paramlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (LeCun's format for MNIST-style data), gzip-compressed or not, into a direct
 * buffer.
 *
 * <p>Layout: a big-endian magic number {@code 0x00 0x00 type rank} (type {@code 0x08} = unsigned
 * byte), {@code rank} big-endian 32-bit sizes, then the values row-major. The reader checks the
 * magic number, every size against the expected one, the exact number of value bytes (no fewer, no
 * more), gzip's own CRC, and, when given, the CRC-32 of the whole uncompressed file against a
 * pinned value, so a truncated or substituted file is reported and never returned.
 */
final class Idx {
    static final int UNSIGNED_BYTE = 0x08;

    private Idx() {}

    /**
     * The values of an unsigned-byte IDX file with the given sizes.
     *
     * @param expectedCrc CRC-32 of the uncompressed file, or -1 to skip that check
     * @throws DataSourceException if the file is missing or differs from what is expected
     */
    static ByteBuffer readBytes(DataSource source, Path file, long expectedCrc, int... sizes) {
        if (!Files.isRegularFile(file)) {
            throw DataSourceException.missing(source, file, "an IDX file");
        }
        String want = "an IDX file of unsigned bytes with sizes " + Arrays.toString(sizes);
        try (InputStream raw = Files.newInputStream(file);
                InputStream unpacked =
                        file.toString().endsWith(".gz")
                                ? new GZIPInputStream(raw, 1 << 16)
                                : new BufferedInputStream(raw, 1 << 16);
                CheckedInputStream checked = new CheckedInputStream(unpacked, new CRC32());
                DataInputStream in = new DataInputStream(checked)) {
            int magic = in.readInt();
            int type = (magic >>> 8) & 0xFF;
            int rank = magic & 0xFF;
            if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE || rank != sizes.length) {
                throw DataSourceException.damaged(
                        source,
                        file,
                        want,
                        String.format(
                                "magic number 0x%08x (type 0x%02x, rank %d)", magic, type, rank),
                        null);
            }
            long total = 1;
            int[] found = new int[rank];
            for (int d = 0; d < rank; d++) {
                found[d] = in.readInt();
                total *= found[d];
            }
            if (!Arrays.equals(found, sizes)) {
                throw DataSourceException.damaged(
                        source, file, want, "sizes " + Arrays.toString(found), null);
            }
            ByteBuffer values = ByteBuffer.allocateDirect(Math.toIntExact(total));
            byte[] chunk = new byte[1 << 16];
            long read = 0;
            while (read < total) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, total - read));
                if (n < 0) {
                    throw DataSourceException.damaged(
                            source,
                            file,
                            want + " (" + total + " value bytes)",
                            "the file ends after " + read + " value bytes",
                            null);
                }
                values.put(chunk, 0, n);
                read += n;
            }
            if (in.read() >= 0) {
                throw DataSourceException.damaged(
                        source, file, want, "extra bytes after the " + total + " values", null);
            }
            long crc = checked.getChecksum().getValue();
            if (expectedCrc >= 0 && crc != expectedCrc) {
                throw DataSourceException.damaged(
                        source,
                        file,
                        String.format("CRC-32 0x%08x", expectedCrc),
                        String.format("0x%08x", crc),
                        null);
            }
            return values.flip();
        } catch (EOFException e) {
            throw DataSourceException.damaged(
                    source, file, want, "the file ends inside its header", e);
        } catch (ZipException e) {
            throw DataSourceException.damaged(
                    source, file, "a valid gzip stream", "'" + e.getMessage() + "'", e);
        } catch (NoSuchFileException e) {
            throw DataSourceException.missing(source, file, "an IDX file");
        } catch (IOException e) {
            throw DataSourceException.damaged(
                    source, file, "a readable file", "'" + e.getMessage() + "'", e);
        }
    }
}
