package org.paramlab.peft.prompt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

import org.paramlab.nn.Embedding;
import org.paramlab.nn.Linear;
import org.paramlab.peft.PeftConfig;
import org.paramlab.peft.TunerLayer;

/**
 * A token-embedding module (a word-embedding table, or ViT's patch projection) with a soft prompt
 * per adapter (Lester, Al-Rfou, Constant. The Power of Scale for Parameter-Efficient Prompt Tuning.
 * EMNLP 2021, arXiv:2104.08691, §2): {@code [P; E(x)]}, P learned vectors placed before the token
 * embeddings.
 *
 * <p>Shapes: input {@code ids (B, T)} (or patches {@code (B, T, C·p²)}); per adapter {@code
 * prompt_embeddings.<name> (P, H)}; output {@code (B, P + T, H)}. The encoder above extends its
 * attention mask and positions over the virtual tokens ({@code BertModel} and {@code VitModel} do).
 * With a patch projection the prompt is visual prompt tuning (VPT-shallow, Jia et al., ECCV 2022,
 * arXiv:2203.12119), initialised randomly since there is no vocabulary to sample. Not mergeable:
 * the prompt is extra input, not a weight change.
 */
public final class PromptEmbeddingLayer extends TunerLayer {
    private final Block table;
    private final int dim;

    PromptEmbeddingLayer(String path, Block base) {
        super(path, base);
        this.table = base;
        this.dim = base instanceof Embedding e ? e.dim() : ((Linear) base).out();
    }

    @Override
    protected void createAdapter(String name, PeftConfig config, NDManager manager) {
        PromptTuningConfig c = (PromptTuningConfig) config;
        Shape shape = new Shape(c.numVirtualTokens(), dim);
        NDArray prompt;
        if (c.init() == PromptTuningConfig.Init.SAMPLE_VOCAB && table instanceof Embedding e) {
            NDArray ids =
                    manager.randomInteger(
                            0, e.count(), new Shape(c.numVirtualTokens()), DataType.INT64);
            NDArray rows = e.weight().getArray().get(ids); // computed: detach to a leaf
            prompt = rows.stopGradient();
            prompt.attach(manager);
            rows.close();
            ids.close();
        } else {
            prompt = manager.randomNormal(shape);
        }
        addAdapterParameter(name, "prompt_embeddings", "", prompt);
    }

    @Override
    protected NDList forwardAdapter(
            ParameterStore ps, NDList inputs, boolean training, String name) {
        NDArray words = base().forward(ps, inputs, training).head(); // (B, T, H)
        NDArray prompt = value(ps, name, "prompt_embeddings", words, training).expandDims(0);
        prompt.attach(words.getManager()); // (1, P, H)
        long b = words.getShape().get(0);
        Shape shape = new Shape(b, prompt.getShape().get(1), words.getShape().get(2));
        return new NDList(prompt.broadcast(shape).concat(words, 1)); // (B, P + T, H)
    }
}
