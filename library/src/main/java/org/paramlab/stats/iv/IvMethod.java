package org.paramlab.stats.iv;

/**
 * The estimators compared in the linear simulation of Akbar, Kilbertus, Shen, Muandet and Dai
 * (NeurIPS 2025, arXiv:2510.25128), with the labels of the paper's figures.
 */
public enum IvMethod {
    /** OLS of y on the observed X. */
    ERM("ERM"),
    /** OLS of y on the augmented GX. */
    DA_ERM("DA+ERM"),
    /** 2SLS of y on GX with the augmentation parameters G as instruments. */
    DA_IV("DA+IV"),
    /** IVL regression on GX with G at a fixed α. */
    DA_IVL("DA+IVL"),
    /** IVL regression with α chosen by 5-fold cross-validation. */
    DA_IVL_CV("DA+IVL-CV");

    private final String label;

    IvMethod(String label) {
        this.label = label;
    }

    /** The label of the paper's figures, e.g. {@code DA+ERM}. */
    public String label() {
        return label;
    }
}
