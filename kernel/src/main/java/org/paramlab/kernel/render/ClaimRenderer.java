package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.repro.Claim;
import org.paramlab.viz.Html;

/** A recorded {@link Claim} as one verdict line: status, id, measured and paper values. */
public final class ClaimRenderer implements ValueRenderer<Claim> {
    @Override
    public Class<Claim> type() {
        return Claim.class;
    }

    @Override
    public void render(Claim claim, DisplayData out) {
        String status =
                switch (claim.status()) {
                    case PASSED -> "reproduced";
                    case FAILED -> "NOT reproduced";
                    case NOT_TESTED -> "not tested";
                };
        String color =
                switch (claim.status()) {
                    case PASSED -> "#1a7f37";
                    case FAILED -> "#cf222e";
                    case NOT_TESTED -> "#6e7781";
                };
        out.putText(
                "["
                        + status
                        + "] "
                        + claim.id()
                        + ": measured "
                        + claim.measuredValue()
                        + " | paper "
                        + claim.paperValue()
                        + "\n  "
                        + claim.description());
        out.putHTML(
                "<div><b style=\"color:"
                        + color
                        + "\">"
                        + status
                        + "</b> <code>"
                        + Html.escape(claim.id())
                        + "</code>: measured <b>"
                        + Html.escape(claim.measuredValue())
                        + "</b>; paper "
                        + Html.escape(claim.paperValue())
                        + "<br><small>"
                        + Html.escape(claim.description())
                        + "</small></div>");
    }
}
