package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.viz.Html;

/** {@link Html} as {@code text/html} with its text form. */
public final class HtmlRenderer implements ValueRenderer<Html> {
    @Override
    public Class<Html> type() {
        return Html.class;
    }

    @Override
    public void render(Html html, DisplayData out) {
        out.putHTML(html.html());
        out.putText(html.text());
    }
}
