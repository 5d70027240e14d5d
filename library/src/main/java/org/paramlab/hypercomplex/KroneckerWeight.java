package org.paramlab.hypercomplex;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;

import org.paramlab.train.HostArrays;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of one Kronecker-sum weight {@code (out, in, k…)} and its construction at forward
 * time: rules (own, fixed or shared) and factors (full {@code (n, out/n, in/n, k…)} or rank-r
 * halves {@code (n, out/n, r)} and {@code (n, r, in·K/n)}). Shared by {@link PhmLinear} and {@link
 * PhcConv}, which register {@link #parameters()} and add their bias.
 */
final class KroneckerWeight {
    private final int n;
    private final long out;
    private final long in;
    private final Shape kernel;
    private final int rank;
    private final PhmRules rules;
    private final Parameter ownRules;
    private final Parameter factors;
    private final Parameter left;
    private final Parameter right;

    /**
     * Checks the shape and makes the parameters.
     *
     * @param layer the layer's kind, for errors
     * @throws IllegalArgumentException if n does not divide both dimensions (naming the dimension
     *     and the n that would work), the rank is negative or too large, or fixed or shared rules
     *     have another n
     */
    KroneckerWeight(
            String layer,
            int n,
            long out,
            long in,
            Shape kernel,
            int rank,
            PhmRules rules,
            PhmInit init) {
        check(layer, n, out, in, rank, kernel, rules);
        this.n = n;
        this.out = out;
        this.in = in;
        this.kernel = kernel;
        this.rank = rank;
        this.rules = rules;
        this.ownRules =
                rules.ownParameter() ? parameter("rules", new Shape(n, n, n), init.rules()) : null;
        long p = out / n;
        long q = in / n;
        if (rank == 0) {
            this.factors = parameter("factors", new Shape(n, p, q).addAll(kernel), init.factors());
            this.left = null;
            this.right = null;
        } else {
            this.factors = null;
            this.left = parameter("factors_left", new Shape(n, p, rank), init.factors());
            this.right =
                    parameter(
                            "factors_right", new Shape(n, rank, q * kernel.size()), init.factors());
        }
    }

    /** The parameters to register, in order: rules (if own), factors. */
    List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        if (ownRules != null) {
            out.add(ownRules);
        }
        if (factors != null) {
            out.add(factors);
        } else {
            out.add(left);
            out.add(right);
        }
        return out;
    }

    /** The rules' dimension. */
    int n() {
        return n;
    }

    /** The factors' rank, 0 for full. */
    int rank() {
        return rank;
    }

    /** The rules' source. */
    PhmRules rules() {
        return rules;
    }

    /** The scalars this weight registers: own rules and factors. */
    long parameterCount() {
        return KroneckerSum.parameterCount(n, out, in, kernel.size(), rank, ownRules != null);
    }

    /**
     * The weight {@code (out, in, k…)} on {@code like}'s device, its temporaries in {@code like}'s
     * manager, differentiable in the parameters.
     */
    NDArray weight(ParameterStore ps, NDArray like, boolean training) {
        NDArray a = rulesValue(ps, like, training); // (n, n, n)
        NDArray f =
                factors != null
                        ? value(ps, factors, like, training) // (n, p, q, k…)
                        : KroneckerSum.factors(
                                value(ps, left, like, training),
                                value(ps, right, like, training),
                                in / n,
                                kernel);
        return KroneckerSum.of(a, f);
    }

    /** The rules {@code (n, n, n)} in {@code like}'s manager. */
    NDArray rulesValue(ParameterStore ps, NDArray like, boolean training) {
        if (rules instanceof PhmRules.Fixed fixed) {
            return HostArrays.create(like.getManager(), fixed.values(), new Shape(n, n, n))
                    .toDevice(like.getDevice(), false)
                    .toType(like.getDataType(), false);
        }
        Parameter p = ownRules != null ? ownRules : ((PhmRules.Shared) rules).block().parameter();
        return value(ps, p, like, training);
    }

    /**
     * A parameter's value as a view owned by {@code like}'s manager, so that what is built from it
     * is freed with the step rather than kept by the model's manager.
     */
    static NDArray value(ParameterStore ps, Parameter p, NDArray like, boolean training) {
        NDArray v = ps.getValue(p, like.getDevice(), training);
        NDArray view = v.reshape(v.getShape());
        view.attach(like.getManager());
        return view;
    }

    private static Parameter parameter(String name, Shape shape, Initializer init) {
        return Parameter.builder()
                .setName(name)
                .setType(Parameter.Type.WEIGHT)
                .optShape(shape)
                .optInitializer(init)
                .build();
    }

    private static void check(
            String layer, int n, long out, long in, int rank, Shape kernel, PhmRules rules) {
        if (n < 1) {
            throw new IllegalArgumentException(layer + " needs n ≥ 1, got n = " + n);
        }
        if (out % n != 0 || in % n != 0) {
            String unit = layer.startsWith("PhcConv") ? "channels" : "features";
            String failing =
                    out % n != 0 && in % n != 0
                            ? "neither in = " + in + " nor out = " + out + " is"
                            : in % n != 0 ? "in = " + in + " is not" : "out = " + out + " is not";
            throw new IllegalArgumentException(
                    String.format(
                            "%s: n = %d must divide the input %s (in = %d) and the output %s"
                                    + " (out = %d), but %s divisible by %d. Use n in %s.",
                            layer,
                            n,
                            unit,
                            in,
                            unit,
                            out,
                            failing,
                            n,
                            KroneckerSum.validN(out, in)));
        }
        long cols = in / n * kernel.size();
        if (rank < 0 || rank > Math.min(out / n, cols)) {
            throw new IllegalArgumentException(
                    String.format(
                            "%s: rank %d of the factors must be 0 (full) or between 1 and"
                                    + " min(out/n, in·K/n) = %d.",
                            layer, rank, Math.min(out / n, cols)));
        }
        int given =
                rules instanceof PhmRules.Fixed f
                        ? f.n()
                        : rules instanceof PhmRules.Shared s ? s.block().n() : n;
        if (given != n) {
            throw new IllegalArgumentException(
                    layer + " has n = " + n + " but its " + rules + " rules have n = " + given);
        }
    }
}
