package org.paramlab.symbolic.poly;

import java.util.List;

/**
 * The outcome of dividing f by g₁, …, gₛ: f = Σ qᵢ·gᵢ + r, where no term of r is divisible by any
 * leading term LT(gᵢ) (Cox, Little and O'Shea, <i>Ideals, Varieties, and Algorithms</i>, §2.3,
 * Theorem 3).
 *
 * @param quotients q₁, …, qₛ, one per divisor
 * @param remainder r
 */
public record DivisionResult(List<Polynomial> quotients, Polynomial remainder) {
    /** Copies the quotient list. */
    public DivisionResult {
        quotients = List.copyOf(quotients);
    }

    /** The single quotient of a division by one polynomial. */
    public Polynomial quotient() {
        if (quotients.size() != 1) {
            throw new IllegalStateException(
                    "There are " + quotients.size() + " quotients; use quotients()");
        }
        return quotients.get(0);
    }
}
