package org.paramlab.data;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * A fast reader for the one JSON shape big numeric files use: a single array of plain numbers,
 * possibly inside an object ({@code {"data": [0, 0.2, 1, ...]}}). Anything else is an error.
 */
final class JsonNumbers {
    private JsonNumbers() {}

    /**
     * The numbers of the first array in {@code json}.
     *
     * @param where the file, for messages
     * @throws IllegalArgumentException if there is no array, it is not closed, or a value is not a
     *     number
     */
    static float[] parseArray(byte[] json, String where) {
        int i = 0;
        while (i < json.length && json[i] != '[') {
            i++;
        }
        if (i == json.length) {
            throw new IllegalArgumentException(where + ": expected a JSON array, found none");
        }
        i++;
        float[] out = new float[Math.max(16, json.length / 2)];
        int n = 0;
        while (true) {
            while (i < json.length && isSpace(json[i])) {
                i++;
            }
            if (i < json.length && json[i] == ']' && n == 0) {
                break;
            }
            int start = i;
            while (i < json.length && isNumberChar(json[i])) {
                i++;
            }
            if (i == start) {
                throw new IllegalArgumentException(
                        where + ": expected a number at byte " + start + " of the array");
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = number(json, start, i, where);
            while (i < json.length && isSpace(json[i])) {
                i++;
            }
            if (i == json.length) {
                throw new IllegalArgumentException(where + ": the array is not closed");
            }
            if (json[i] == ']') {
                break;
            }
            if (json[i] != ',') {
                throw new IllegalArgumentException(
                        where
                                + ": expected ',' or ']' at byte "
                                + i
                                + ", found '"
                                + (char) json[i]
                                + "'");
            }
            i++;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Plain decimals fast; exponents and other forms through {@link Double#parseDouble}. */
    private static float number(byte[] s, int from, int to, String where) {
        boolean negative = s[from] == '-';
        int i = negative ? from + 1 : from;
        long whole = 0;
        long fraction = 0;
        long scale = 1;
        boolean dot = false;
        for (; i < to; i++) {
            byte c = s[i];
            if (c >= '0' && c <= '9' && scale < 1_000_000_000_000L) {
                if (dot) {
                    fraction = fraction * 10 + (c - '0');
                    scale *= 10;
                } else {
                    whole = whole * 10 + (c - '0');
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                try {
                    return Float.parseFloat(new String(s, from, to - from, US_ASCII));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            where
                                    + ": '"
                                    + new String(s, from, to - from, US_ASCII)
                                    + "' is not a number",
                            e);
                }
            }
        }
        double v = whole + (double) fraction / scale;
        return (float) (negative ? -v : v);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean isNumberChar(byte c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
    }
}
