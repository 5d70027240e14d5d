package org.paramlab.peft.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's resident memory from Linux's {@code /proc/self/status}: current ({@code VmRSS})
 * and peak ({@code VmHWM}), with the peak reset through {@code /proc/self/clear_refs} (writing
 * {@code 5}, Linux ≥ 4.0). Native tensors count, so this measures what PyTorch allocates. On other
 * systems every value is -1.
 */
public final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR = Path.of("/proc/self/clear_refs");

    private ProcessMemory() {}

    /** Current resident bytes, or -1. */
    public static long rss() {
        return field("VmRSS:");
    }

    /** Peak resident bytes since start or the last {@link #resetPeak()}, or -1. */
    public static long peak() {
        return field("VmHWM:");
    }

    /** Resets the peak to the current resident size; false where not supported. */
    public static boolean resetPeak() {
        try {
            Files.writeString(CLEAR, "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    String kb = line.substring(name.length()).trim().split("\\s+")[0];
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | SecurityException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
