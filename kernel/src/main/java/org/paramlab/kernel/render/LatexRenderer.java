package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.viz.LatexForm;

/** Any {@link LatexForm} as display-style {@code text/latex}, with its text form as fallback. */
public final class LatexRenderer implements ValueRenderer<LatexForm> {
    @Override
    public Class<LatexForm> type() {
        return LatexForm.class;
    }

    @Override
    public void render(LatexForm value, DisplayData out) {
        out.putLatex("$\\displaystyle " + value.latex() + "$");
        out.putText(value.toString());
    }
}
