package org.paramlab.nn;

import ai.djl.nn.Block;

/**
 * The closing block of a residual sub-layer: it takes {@code (h, residual)}, where {@code residual}
 * is the sub-layer's input, and returns {@code Norm(residual + f(h))}. Parallel adapters wrap
 * blocks of this kind and add their output to {@code residual} (He et al., Towards a Unified View
 * of Parameter-Efficient Transfer Learning, ICLR 2022, arXiv:2110.04366, §3).
 */
public interface ResidualBranch extends Block {}
