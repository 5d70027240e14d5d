package org.paramlab.lm.model;

/** The normalisation before each sub-layer and before the readout. */
public enum NormKind {
    /**
     * LayerNorm: (x − mean)/√(var + ε)·γ + β over the model dimension (Ba, Kiros and Hinton, 2016,
     * arXiv:1607.06450).
     */
    LAYER_NORM,
    /** RMSNorm: x/√(mean(x²) + ε)·g (Zhang and Sennrich, NeurIPS 2019, arXiv:1910.07467). */
    RMS_NORM
}
