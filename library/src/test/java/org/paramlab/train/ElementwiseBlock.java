package org.paramlab.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/** A test block with two parameters: y = w ⊙ x + b, so ∂(Σ c ⊙ y)/∂w = c ⊙ x and ∂/∂b = c. */
final class ElementwiseBlock extends AbstractBlock {
    private final Parameter weight;
    private final Parameter bias;

    ElementwiseBlock(long size) {
        weight =
                addParameter(
                        Parameter.builder()
                                .setName("weight")
                                .setType(Parameter.Type.WEIGHT)
                                .optShape(new Shape(size))
                                .optInitializer(Initializer.ONES)
                                .build());
        bias =
                addParameter(
                        Parameter.builder()
                                .setName("bias")
                                .setType(Parameter.Type.BIAS)
                                .optShape(new Shape(size))
                                .build());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        var x = inputs.singletonOrThrow();
        var w = store.getValue(weight, x.getDevice(), training);
        var b = store.getValue(bias, x.getDevice(), training);
        return new NDList(x.mul(w).add(b));
    }
}
