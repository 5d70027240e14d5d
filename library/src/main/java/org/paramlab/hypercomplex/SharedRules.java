package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Algebra rules {@code A (n, n, n)} that several hypercomplex layers share, as Compacter shares its
 * "slow" weights across all adapter layers (Karimi Mahabadi, Henderson, Ruder. Compacter: Efficient
 * Low-Rank Hypercomplex Adapter Layers. NeurIPS 2021, arXiv:2106.04647, §3.2, {@code
 * shared_phm_rule}).
 *
 * <p>Register this block once in the model (for example as a child of the model) and give it to
 * each layer with {@link PhmRules#shared}: the layers read its parameter but do not register it, so
 * the rules are initialised, counted, optimised and saved once. Forward returns the rules.
 *
 * <p>Parameter: {@code rules (n, n, n)}, initialised by {@link PhmInit#rules()}.
 */
public final class SharedRules extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int n;
    private final Parameter rules;

    private SharedRules(int n, PhmInit init) {
        super(VERSION);
        this.n = n;
        this.rules =
                addParameter(
                        Parameter.builder()
                                .setName("rules")
                                .setType(Parameter.Type.WEIGHT)
                                .optShape(new Shape(n, n, n))
                                .optInitializer(init.rules())
                                .build());
    }

    /**
     * Shared rules of dimension {@code n}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static SharedRules of(int n, PhmInit init) {
        if (n < 1) {
            throw new IllegalArgumentException("Shared rules need n ≥ 1, got " + n);
        }
        return new SharedRules(n, init);
    }

    /** The algebra's dimension. */
    public int n() {
        return n;
    }

    /** The {@code (n, n, n)} parameter. */
    public Parameter parameter() {
        return rules;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(n, n, n)};
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(ps.getValue(rules, inputs.head().getDevice(), training));
    }
}
