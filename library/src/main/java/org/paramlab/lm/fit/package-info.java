/**
 * Fits for scaling laws: {@link org.paramlab.lm.fit.PowerLawFit} (y = a·x^b), {@link
 * org.paramlab.lm.fit.LogLinearFit} (ln y on several ln x, as Step Law fits η*(N, D)), both with
 * bootstrap confidence intervals, and {@link org.paramlab.lm.fit.QuadraticFit} (a parabola in ln η
 * to locate the optimal learning rate).
 */
package org.paramlab.lm.fit;
