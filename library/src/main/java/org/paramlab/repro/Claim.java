package org.paramlab.repro;

import java.util.Objects;

/**
 * One claim of a paper as a notebook tested it: what the paper reports, what this run measured and
 * whether the reproduction's pass condition held.
 *
 * @param id short stable identifier, unique within a notebook (e.g. {@code "sym-overparam-slope"})
 * @param description the claim in one sentence, with the pass condition
 * @param paperValue the paper's figure as the paper states it (text, so ranges and bounds fit)
 * @param measuredValue this run's figure, or the reason it could not be measured
 * @param status whether the claim reproduced
 */
public record Claim(
        String id, String description, String paperValue, String measuredValue, Status status) {

    /** Outcome of testing one claim. A failure is recorded as such, never softened. */
    public enum Status {
        /** The pass condition held. */
        PASSED,
        /** The pass condition did not hold. */
        FAILED,
        /** The claim is out of reach at this scale or on this machine; the reason is recorded. */
        NOT_TESTED
    }

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException if the id is blank or contains whitespace
     * @throws NullPointerException if any field is null
     */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(paperValue, "paperValue");
        Objects.requireNonNull(measuredValue, "measuredValue");
        Objects.requireNonNull(status, "status");
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "Claim id '" + id + "' must be non-blank without spaces, e.g. 'sym-slope'.");
        }
    }

    /** True when the claim was tested and held. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
