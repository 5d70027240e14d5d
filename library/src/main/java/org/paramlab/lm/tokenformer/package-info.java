/**
 * TokenFormer's progressive scaling by parameter tokens (Wang et al., ICLR 2025, arXiv:2410.23168):
 * {@link org.paramlab.lm.tokenformer.TokenFormerScaling}. Used by {@code
 * notebooks/lm/tokenformer.ipynb}.
 */
package org.paramlab.lm.tokenformer;
