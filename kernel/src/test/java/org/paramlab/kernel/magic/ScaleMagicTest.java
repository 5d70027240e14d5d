package org.paramlab.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paramlab.repro.Scale;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

class ScaleMagicTest {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void captureOutput() {
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
        Scale.override(null);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void argumentSetsTheScaleAndPrintsIt() {
        new ScaleMagic().execute(List.of("FULL"));
        assertSame(Scale.FULL, Scale.current());
        new ScaleMagic().execute(List.of("smoke"));
        assertSame(Scale.SMOKE, Scale.current());
        assertEquals("scale: full\nscale: smoke\n", output());
    }

    @Test
    void noArgumentPrintsTheCurrentScale() {
        Scale.override(Scale.FULL);
        new ScaleMagic().execute(List.of());
        assertEquals("scale: full\n", output());
    }

    @Test
    void unknownScaleIsRejectedNamingTheAcceptedValues() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ScaleMagic().execute(List.of("medium")));
        assertTrue(e.getMessage().contains("'smoke'") && e.getMessage().contains("'full'"));
        assertEquals("", output());
    }

    @Test
    void twoArgumentsAreRejectedWithUsage() {
        Scale before = Scale.current();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ScaleMagic().execute(List.of("smoke", "full")));
        assertTrue(e.getMessage().startsWith("Usage: %scale"), e.getMessage());
        assertSame(before, Scale.current());
    }
}
