package org.paramlab.peft.bitfit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.LayerNorm;
import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * A Linear or LayerNorm whose bias is replaced, per adapter, by a trainable copy (Ben Zaken,
 * Ravfogel, Goldberg. BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked
 * Language-models. ACL 2022, arXiv:2106.10199): {@code h = Wx + b'} or {@code h = LN(x; γ) + β'}.
 * Keeping the copy beside the frozen original makes BitFit switchable and disable-able like every
 * other method.
 *
 * <p>Shapes per adapter: {@code bias.<name> (out)}, starting as the base's bias; saved as {@code
 * bias}. Mergeable: the copy replaces the base bias (the original is kept for unmerging).
 */
public final class BitFitLayer extends TunerLayer {
    private final Map<String, NDArray> originals = new HashMap<>();

    BitFitLayer(String path, Block base) {
        super(path, base);
    }

    /** Whether {@code module} has a bias BitFit can train. */
    static boolean hasBias(Block module) {
        return (module instanceof Linear l && l.bias() != null) || module instanceof LayerNorm;
    }

    /** {@inheritDoc} */
    @Override
    public boolean mergeable() {
        return true;
    }

    private Parameter baseBias() {
        return base() instanceof Linear l ? l.bias() : ((LayerNorm) base()).bias();
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        NDArray b = baseBias().getArray().duplicate();
        b.attach(manager);
        addAdapterParameter(name, "bias", "", b);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.singletonOrThrow();
        NDArray bias = value(ps, name, "bias", x, training);
        if (base() instanceof Linear l) {
            NDArray w = ps.getValue(l.weight(), x.getDevice(), training);
            return new NDList(Linear.linear(x, w, bias));
        }
        LayerNorm n = (LayerNorm) base();
        NDArray w = ps.getValue(n.weight(), x.getDevice(), training);
        return new NDList(LayerNorm.layerNorm(x, w, bias, n.eps()));
    }

    @Override
    protected void mergeInto(String name) {
        NDArray b = baseBias().getArray();
        originals.put(name, b.duplicate());
        b.set(array(name, "bias").toByteBuffer());
    }

    @Override
    protected void unmergeFrom(String name) {
        NDArray kept = originals.remove(name);
        baseBias().getArray().set(kept.toByteBuffer());
        kept.close();
    }
}
