package org.paramlab.peft.compacter;

import ai.djl.nn.Parameter;

import java.util.HashMap;
import java.util.Map;

/**
 * One adapter's rules shared by every layer (Compacter's {@code shared_phm_rule}): the first layer
 * to get the adapter (the owner) registers them as its parameters, so they are counted, trained and
 * saved once; the other layers read them from here.
 */
final class CompacterRules {
    private CompacterLayer owner;
    private final Map<String, Parameter> byProjection = new HashMap<>();

    /** Makes {@code layer} the owner if there is none yet. */
    void claim(CompacterLayer layer) {
        if (owner == null) {
            owner = layer;
        }
    }

    boolean ownedBy(CompacterLayer layer) {
        return owner == layer;
    }

    CompacterLayer owner() {
        return owner;
    }

    void put(String projection, Parameter rules) {
        byProjection.put(projection, rules);
    }

    /**
     * The rules of {@code projection} ({@code adapter_down} or {@code adapter_up}).
     *
     * @throws IllegalStateException if the owner has not made them yet
     */
    Parameter get(String projection) {
        Parameter p = byProjection.get(projection);
        if (p == null) {
            throw new IllegalStateException("Shared " + projection + " rules were not created.");
        }
        return p;
    }
}
