package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.repro.Repro;
import org.paramlab.repro.ReproResult;
import org.paramlab.viz.Html;

import java.util.Locale;

/** A {@link ReproResult} as its verdict line and the table of claims. */
public final class ReproResultRenderer implements ValueRenderer<ReproResult> {
    private final TableRenderer tables = new TableRenderer(TableRenderer.DEFAULT_ROW_LIMIT);

    @Override
    public Class<ReproResult> type() {
        return ReproResult.class;
    }

    @Override
    public void render(ReproResult result, DisplayData out) {
        String verdict =
                String.format(
                        Locale.ROOT,
                        "%s: %d of %d tested claims reproduced (%d not tested) at %s scale in %.1f s",
                        result.slug(),
                        result.passedCount(),
                        result.testedCount(),
                        result.claims().size() - result.testedCount(),
                        result.scale(),
                        result.elapsedSeconds());
        DisplayData table = new DisplayData();
        tables.render(Repro.claimsTable(result), table);
        out.putHTML(
                "<div><p><b>"
                        + Html.escape(verdict)
                        + "</b></p>"
                        + table.getData(
                                io.github.spencerpark.jupyter.kernel.display.mime.MIMEType
                                        .TEXT_HTML)
                        + "</div>");
        out.putText(
                verdict
                        + "\n"
                        + table.getData(
                                io.github.spencerpark.jupyter.kernel.display.mime.MIMEType
                                        .TEXT_PLAIN));
    }
}
