/**
 * OpenELM's layer-wise scaling against an isotropic decoder of equal size (Mehta et al., 2024,
 * arXiv:2404.14619): {@link org.paramlab.lm.openelm.LayerwiseScaling}. Used by {@code
 * notebooks/lm/openelm-layerwise-scaling.ipynb}.
 */
package org.paramlab.lm.openelm;
