package org.paramlab.peft.vera;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Linear} with VeRA adapters (Kopiczko, Blankevoort, Asano. VeRA: Vector-based Random
 * Matrix Adaptation. ICLR 2024, arXiv:2310.11454, eq. 2): {@code h = W₀x + b + Λ_b B Λ_d A x}, with
 * A and B random, frozen and shared by every layer, and only the diagonal scalings trained.
 *
 * <p>Shapes: the shared {@code A (r, in_max)} and {@code B (out_max, r)} are sliced to {@code A[:,
 * :in]} and {@code B[:out, :]}; per adapter {@code vera_lambda_d (r)}, initialised to {@code
 * d_initial}, and {@code vera_lambda_b (out)}, initialised to zero so the layer starts as the base.
 * Trainable parameters: {@code r + out}. Mergeable.
 */
public final class VeraLinear extends TunerLayer {
    private final Linear linear;
    private final Map<String, VeraProjection> projections = new HashMap<>();

    VeraLinear(String path, Linear base) {
        super(path, base);
        this.linear = base;
    }

    /** {@inheritDoc} */
    @Override
    public boolean mergeable() {
        return true;
    }

    /** The shared projection of adapter {@code name}. */
    VeraProjection projection(String name) {
        return projections.get(name);
    }

    void useProjection(String name, VeraProjection projection) {
        projections.put(name, projection);
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        VeraConfig c = (VeraConfig) config;
        VeraProjection p = projections.get(name);
        if (p == null || p.rank() != c.rank()) {
            throw new IllegalStateException("VeRA projection for " + name + " was not prepared.");
        }
        addAdapterParameter(name, "vera_lambda_b", "", manager.zeros(new Shape(linear.out())));
        addAdapterParameter(
                name, "vera_lambda_d", "", manager.full(new Shape(c.rank()), (float) c.dInitial()));
    }

    @Override
    protected void deleteAdapterState(String name) {
        projections.remove(name);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.singletonOrThrow(); // (..., in)
        NDArray base = base().forward(ps, inputs, training).head(); // (..., out)
        NDArray[] ab = sliced(name, x.getManager());
        NDArray d = value(ps, name, "vera_lambda_d", x, training); // (r)
        NDArray b = value(ps, name, "vera_lambda_b", x, training); // (out)
        NDArray h = Linear.linear(x, ab[0], null).mul(d); // (..., r)
        return new NDList(Linear.linear(h, ab[1], null).mul(b).add(base)); // (..., out)
    }

    @Override
    protected void mergeInto(String name) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            linear.weight().getArray().addi(delta(name));
        }
    }

    @Override
    protected void unmergeFrom(String name) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            linear.weight().getArray().subi(delta(name));
        }
    }

    /** {@code Λ_b B Λ_d A (out, in)}. */
    private NDArray delta(String name) {
        NDArray[] ab = sliced(name, linear.weight().getArray().getManager());
        NDArray d = array(name, "vera_lambda_d").expandDims(0); // (1, r)
        NDArray b = array(name, "vera_lambda_b").expandDims(1); // (out, 1)
        return ab[1].mul(d).matMul(ab[0]).mul(b);
    }

    /** {@code A[:, :in] (r, in)} and {@code B[:out, :] (out, r)}, owned by {@code into}. */
    private NDArray[] sliced(String name, NDManager into) {
        VeraProjection p = projections.get(name);
        NDArray a = p.a().get(new NDIndex(":, :{}", linear.in()));
        NDArray b = p.b().get(new NDIndex(":{}, :", linear.out()));
        a.attach(into);
        b.attach(into);
        return new NDArray[] {a, b};
    }
}
