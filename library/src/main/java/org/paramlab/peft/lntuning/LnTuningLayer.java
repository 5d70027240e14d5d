package org.paramlab.peft.lntuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.LayerNorm;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link LayerNorm} with a trainable copy of its scale and shift per adapter (Zhao, Tu, Wang,
 * Bai, Lin, Hoi. Tuning LayerNorm in Attention: Towards Efficient Multi-Modal LLM Finetuning. ICLR
 * 2024, arXiv:2312.11420; HF PEFT's {@code LN_TUNING}): {@code y = (x − μ)/σ · γ' + β'} with {@code
 * γ', β'} starting as copies of the base's.
 *
 * <p>Shapes per adapter: {@code ln_tuning_layers.<name>.weight (d)} and {@code .bias (d)}; {@code
 * 2d} trainable parameters. Mergeable: the copies replace the base's values (the originals are kept
 * for unmerging).
 */
public final class LnTuningLayer extends TunerLayer {
    private final LayerNorm norm;
    private final Map<String, NDArray[]> originals = new HashMap<>();

    LnTuningLayer(String path, LayerNorm base) {
        super(path, base);
        this.norm = base;
    }

    /** {@inheritDoc} */
    @Override
    public boolean mergeable() {
        return true;
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        NDArray w = norm.weight().getArray().duplicate();
        NDArray b = norm.bias().getArray().duplicate();
        w.attach(manager);
        b.attach(manager);
        addAdapterParameter(name, "ln_tuning_layers", "weight", w);
        addAdapterParameter(name, "ln_tuning_layers", "bias", b);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = value(ps, name, "ln_tuning_layers.weight", x, training);
        NDArray b = value(ps, name, "ln_tuning_layers.bias", x, training);
        return new NDList(LayerNorm.layerNorm(x, w, b, norm.eps()));
    }

    @Override
    protected void mergeInto(String name) {
        NDArray w = norm.weight().getArray();
        NDArray b = norm.bias().getArray();
        originals.put(name, new NDArray[] {w.duplicate(), b.duplicate()});
        w.set(array(name, "ln_tuning_layers.weight").toByteBuffer());
        b.set(array(name, "ln_tuning_layers.bias").toByteBuffer());
    }

    @Override
    protected void unmergeFrom(String name) {
        NDArray[] kept = originals.remove(name);
        norm.weight().getArray().set(kept[0].toByteBuffer());
        norm.bias().getArray().set(kept[1].toByteBuffer());
        kept[0].close();
        kept[1].close();
    }
}
