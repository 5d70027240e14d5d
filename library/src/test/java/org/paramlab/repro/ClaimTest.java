package org.paramlab.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void validClaimKeepsEveryField() {
        Claim c = new Claim("sym-slope", "error ~ t^-1", "-1", "-0.98", Claim.Status.PASSED);
        assertEquals("sym-slope", c.id());
        assertEquals("error ~ t^-1", c.description());
        assertEquals("-1", c.paperValue());
        assertEquals("-0.98", c.measuredValue());
        assertEquals(Claim.Status.PASSED, c.status());
    }

    @Test
    void blankIdIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Claim("", "d", "p", "m", Claim.Status.PASSED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Claim("   ", "d", "p", "m", Claim.Status.PASSED));
    }

    @Test
    void idWithWhitespaceIsRejectedWithAnExample() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new Claim("sym slope", "d", "p", "m", Claim.Status.PASSED));
        assertTrue(e.getMessage().contains("'sym slope'"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new Claim("sym\tslope", "d", "p", "m", Claim.Status.PASSED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Claim("slope\n", "d", "p", "m", Claim.Status.PASSED));
    }

    @Test
    void nullFieldsAreRejectedByName() {
        assertEquals(
                "id",
                assertThrows(
                                NullPointerException.class,
                                () -> new Claim(null, "d", "p", "m", Claim.Status.PASSED))
                        .getMessage());
        assertEquals(
                "description",
                assertThrows(
                                NullPointerException.class,
                                () -> new Claim("a", null, "p", "m", Claim.Status.PASSED))
                        .getMessage());
        assertEquals(
                "paperValue",
                assertThrows(
                                NullPointerException.class,
                                () -> new Claim("a", "d", null, "m", Claim.Status.PASSED))
                        .getMessage());
        assertEquals(
                "measuredValue",
                assertThrows(
                                NullPointerException.class,
                                () -> new Claim("a", "d", "p", null, Claim.Status.PASSED))
                        .getMessage());
        assertEquals(
                "status",
                assertThrows(NullPointerException.class, () -> new Claim("a", "d", "p", "m", null))
                        .getMessage());
    }

    @Test
    void onlyPassedClaimsCountAsPassed() {
        assertTrue(new Claim("a", "d", "p", "m", Claim.Status.PASSED).passed());
        assertFalse(new Claim("a", "d", "p", "m", Claim.Status.FAILED).passed());
        assertFalse(new Claim("a", "d", "p", "m", Claim.Status.NOT_TESTED).passed());
    }
}
