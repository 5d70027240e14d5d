package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

class ScaleTest {

    @AfterEach
    void clearOverride() {
        Scale.override(null);
    }

    @Test
    void parseIgnoresCaseAndSurroundingBlanks() {
        assertSame(Scale.SMOKE, Scale.parse("smoke"));
        assertSame(Scale.SMOKE, Scale.parse("  SMOKE\n"));
        assertSame(Scale.FULL, Scale.parse("Full"));
        assertSame(Scale.FULL, Scale.parse("\tfull "));
    }

    @Test
    void parseOfUnknownTextNamesTheAcceptedValues() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Scale.parse("medium"));
        assertTrue(e.getMessage().contains("'medium'"), e.getMessage());
        assertTrue(e.getMessage().contains("'smoke'"), e.getMessage());
        assertTrue(e.getMessage().contains("'full'"), e.getMessage());
    }

    @Test
    void parseOfBlankTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("   "));
    }

    @Test
    void parseOfNullIsRejected() {
        assertThrows(NullPointerException.class, () -> Scale.parse(null));
    }

    @Test
    void withoutOverrideCurrentFollowsTheEnvironment() {
        String value = System.getenv(Scale.ENVIRONMENT_VARIABLE);
        Scale expected = value == null || value.isBlank() ? Scale.FULL : Scale.parse(value);
        assertSame(expected, Scale.current());
    }

    @Test
    void overrideWinsOverEnvironment() {
        for (Scale forced : Scale.values()) {
            Scale.override(forced);
            assertSame(forced, Scale.current());
        }
    }

    @Test
    void overrideNullReturnsToTheEnvironment() {
        Scale environment = Scale.current();
        Scale other = environment == Scale.SMOKE ? Scale.FULL : Scale.SMOKE;
        Scale.override(other);
        assertSame(other, Scale.current());
        Scale.override(null);
        assertSame(environment, Scale.current());
    }

    @Test
    void pickReturnsSmokeValuesAtSmokeScale() {
        Scale.override(Scale.SMOKE);
        assertEquals(2, Scale.pick(2, 2_000));
        assertEquals(3L, Scale.pick(3L, 3_000_000_000L));
        assertEquals(0.5, Scale.pick(0.5, 1e-3));
        assertEquals(List.of(1), Scale.pick(List.of(1), List.of(1, 2, 4)));
    }

    @Test
    void pickReturnsFullValuesAtFullScale() {
        Scale.override(Scale.FULL);
        assertEquals(2_000, Scale.pick(2, 2_000));
        assertEquals(3_000_000_000L, Scale.pick(3L, 3_000_000_000L));
        assertEquals(1e-3, Scale.pick(0.5, 1e-3));
        assertEquals(List.of(1, 2, 4), Scale.pick(List.of(1), List.of(1, 2, 4)));
    }

    @Test
    void labelIsTheLowerCaseNameThatParseAccepts() {
        assertEquals("smoke", Scale.SMOKE.label());
        assertEquals("full", Scale.FULL.label());
        for (Scale s : Scale.values()) {
            assertSame(s, Scale.parse(s.label()));
        }
    }
}
