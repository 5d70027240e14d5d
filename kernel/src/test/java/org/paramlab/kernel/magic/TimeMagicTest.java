package org.paramlab.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class TimeMagicTest {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void captureOutput() {
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(original);
    }

    @Test
    void formatPicksMicrosecondsMillisecondsOrSeconds() {
        assertEquals("5 µs", TimeMagic.format(5e-6));
        assertEquals("999 µs", TimeMagic.format(0.000999));
        assertEquals("1.0 ms", TimeMagic.format(1e-3));
        assertEquals("12.3 ms", TimeMagic.format(0.0123));
        assertEquals("1.00 s", TimeMagic.format(1.0));
        assertEquals("62.50 s", TimeMagic.format(62.5));
    }

    @Test
    void lineMagicRunsTheJoinedArgumentsAndReturnsTheValue() throws Exception {
        List<String> ran = new ArrayList<>();
        TimeMagic magic =
                new TimeMagic(
                        code -> {
                            ran.add(code);
                            return 3;
                        });
        assertEquals(3, magic.execute(List.of("1", "+", "2")));
        assertEquals(List.of("1 + 2"), ran);
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Wall time: "));
    }

    @Test
    void cellMagicRunsTheBody() throws Exception {
        List<String> ran = new ArrayList<>();
        TimeMagic magic =
                new TimeMagic(
                        code -> {
                            ran.add(code);
                            return null;
                        });
        magic.execute(List.of(), "int a = 1;\na + 1");
        assertEquals(List.of("int a = 1;\na + 1"), ran);
    }

    @Test
    void wallTimeIsPrintedWhenTheCodeFails() {
        TimeMagic magic =
                new TimeMagic(
                        code -> {
                            throw new IllegalStateException("boom");
                        });
        assertThrows(IllegalStateException.class, () -> magic.execute(List.of("x")));
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Wall time: "));
    }

    @Test
    void lineMagicWithoutStatementIsRejectedWithUsage() {
        TimeMagic magic = new TimeMagic(code -> null);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> magic.execute(List.of()));
        assertTrue(e.getMessage().startsWith("Usage: %time"), e.getMessage());
    }
}
