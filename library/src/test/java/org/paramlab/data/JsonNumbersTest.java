package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    @Test
    void parsesTheArrayInsideAnObject() {
        float[] v =
                JsonNumbers.parseArray(
                        "{ \"data\": [0, 0.25,1 ,-2.5, 1e-3,12.125] }".getBytes(), "t");
        assertArrayEquals(new float[] {0f, 0.25f, 1f, -2.5f, 0.001f, 12.125f}, v, 1e-7f);
    }

    @Test
    void emptyArrayIsEmpty() {
        assertArrayEquals(new float[0], JsonNumbers.parseArray("[]".getBytes(), "t"));
    }

    @Test
    void unclosedOrNonNumericArraysAreErrors() {
        assertTrue(
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonNumbers.parseArray("[1, 2".getBytes(), "f.json"))
                        .getMessage()
                        .contains("not closed"));
        assertTrue(
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonNumbers.parseArray("[1, \"a\"]".getBytes(), "f.json"))
                        .getMessage()
                        .contains("expected a number"));
        assertTrue(
                assertThrows(
                                IllegalArgumentException.class,
                                () -> JsonNumbers.parseArray("{}".getBytes(), "f.json"))
                        .getMessage()
                        .contains("no"));
    }
}
