package org.paramlab.symbolic.egraph;

import org.paramlab.symbolic.Num;

/**
 * A side condition on a match (egg's {@code Condition}), checked before applying, e.g. that a
 * divisor is not zero.
 */
@FunctionalInterface
public interface ECondition {
    /** True when the rewrite may be applied to this match. */
    boolean check(EGraph<?> g, int eclass, ESubst subst);

    /**
     * True unless the class bound to {@code ~var} is known (by {@link ConstantFolding}) to be 0.
     */
    static ECondition isNotZero(String var) {
        return (g, c, s) -> {
            Object d = g.eclass(s.require(var)).data();
            return !(d instanceof Num) || !((Num) d).isAnyZero();
        };
    }

    /** True when the class bound to {@code ~var} has a known constant value. */
    static ECondition isConstant(String var) {
        return (g, c, s) -> g.eclass(s.require(var)).data() instanceof Num;
    }

    /** Both conditions. */
    default ECondition and(ECondition other) {
        return (g, c, s) -> check(g, c, s) && other.check(g, c, s);
    }
}
