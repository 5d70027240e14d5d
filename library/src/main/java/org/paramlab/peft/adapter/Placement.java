package org.paramlab.peft.adapter;

import java.util.List;

/**
 * Where bottleneck adapters sit in a BERT layer, with AdapterHub's defaults for each (Poth et al.,
 * Adapters: A Unified Library for Parameter-Efficient and Modular Transfer Learning, EMNLP 2023
 * demo, arXiv:2311.11077; its {@code DoubleSeqBnConfig}, {@code SeqBnConfig}, {@code ParBnConfig}).
 */
public enum Placement {
    /**
     * Houlsby et al. (ICML 2019, arXiv:1902.00751, Figure 2): one adapter after the attention
     * output projection and one after the feed-forward output, each inside the residual; swish.
     */
    HOULSBY(List.of("output.dense"), "swish", 1.0),
    /**
     * Pfeiffer et al. (AdapterFusion, EACL 2021, arXiv:2005.00247, §3): one adapter after the
     * feed-forward output only; ReLU.
     */
    PFEIFFER(List.of(".*layer\\.\\d+\\.output\\.dense"), "relu", 1.0),
    /**
     * He et al. (Towards a Unified View of Parameter-Efficient Transfer Learning, ICLR 2022,
     * arXiv:2110.04366, §3, eq. 9): an adapter parallel to the feed-forward network, reading its
     * input and added to its output with scale s = 4; ReLU.
     */
    PARALLEL(List.of(".*layer\\.\\d+\\.output"), "relu", 4.0);

    private final List<String> targets;
    private final String activation;
    private final double scaling;

    Placement(List<String> targets, String activation, double scaling) {
        this.targets = targets;
        this.activation = activation;
        this.scaling = scaling;
    }

    /** The BERT modules this placement wraps. */
    public List<String> targets() {
        return targets;
    }

    /** The default non-linearity: {@code relu}, {@code swish} or {@code gelu}. */
    public String activation() {
        return activation;
    }

    /** The default output scale s. */
    public double scaling() {
        return scaling;
    }
}
