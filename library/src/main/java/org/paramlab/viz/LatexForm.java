package org.paramlab.viz;

/**
 * A value with a LaTeX form, such as a symbolic expression. The kernel shows it as {@code
 * text/latex} (typeset by the notebook) with {@link Object#toString()} as the text fallback.
 */
public interface LatexForm {
    /** The value as LaTeX math, without surrounding dollar signs, e.g. {@code \frac{x}{2}}. */
    String latex();
}
