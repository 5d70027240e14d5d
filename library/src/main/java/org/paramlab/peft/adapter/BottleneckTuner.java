package org.paramlab.peft.adapter;

import ai.djl.nn.Block;

import com.google.gson.JsonObject;

import org.paramlab.nn.Linear;
import org.paramlab.nn.ModuleBlock;
import org.paramlab.nn.ResidualBranch;
import org.paramlab.peft.LayerTuner;

/**
 * Injects bottleneck adapters: sequential ones around Linear output projections, parallel ones
 * around residual branches; saved keys {@code base_model.model.<module>.adapter_down.weight}, ….
 */
public final class BottleneckTuner extends LayerTuner<BottleneckConfig, BottleneckLayer> {
    /** The tuner {@code Peft} registers as {@code BOTTLENECK}. */
    public BottleneckTuner() {
        super(BottleneckConfig.class, BottleneckLayer.class);
    }

    @Override
    protected boolean accepts(Block module) {
        return module instanceof Linear || module instanceof ResidualBranch;
    }

    @Override
    protected String acceptedKind() {
        return "Linear or ResidualBranch";
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if a parallel adapter targets a Linear or a sequential one a
     *     residual branch
     */
    @Override
    protected BottleneckLayer wrap(String path, Block module, BottleneckConfig config) {
        boolean parallel = config.placement() == Placement.PARALLEL;
        if (parallel && module instanceof ResidualBranch branch) {
            return new BottleneckLayer(path, module, true, width(branch, path));
        }
        if (!parallel && module instanceof Linear linear) {
            return new BottleneckLayer(path, module, false, linear.out());
        }
        throw new IllegalArgumentException(
                config.placement()
                        + " adapters wrap "
                        + (parallel ? "residual branches" : "Linear layers")
                        + ", but "
                        + path
                        + " is a "
                        + module.getClass().getSimpleName());
    }

    private static int width(ResidualBranch branch, String path) {
        if (branch instanceof ModuleBlock m && m.modules().get("LayerNorm") != null) {
            return ((org.paramlab.nn.LayerNorm) m.module("LayerNorm")).size();
        }
        throw new IllegalArgumentException(
                "Cannot tell the width of residual branch " + path + " (no LayerNorm child).");
    }

    /** {@inheritDoc} */
    @Override
    public BottleneckConfig fromJson(JsonObject json) {
        return BottleneckConfig.fromJson(json);
    }
}
