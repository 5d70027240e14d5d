/**
 * Step Law (Li et al., 2025, arXiv:2503.04715) at character scale: the grid of {@link
 * org.paramlab.lm.steplaw.StepLaw} and its {@link org.paramlab.lm.steplaw.StepLawAnalysis}. Used by
 * {@code notebooks/lm/step-law.ipynb}.
 */
package org.paramlab.lm.steplaw;
