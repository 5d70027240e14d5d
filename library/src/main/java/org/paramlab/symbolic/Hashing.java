package org.paramlab.symbolic;

/**
 * Deterministic hash mixing for expression nodes (the same structure hashes alike in every run).
 */
final class Hashing {
    private Hashing() {}

    /** Mixes {@code v} into the running hash {@code h}. */
    static int mix(int h, int v) {
        int k = v * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15) * 0x1b873593;
        h ^= k;
        return Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
    }

    /** Final avalanche, so that ordering by hash scatters similar nodes. */
    static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** Saturating addition of tree sizes. */
    static long addSize(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
