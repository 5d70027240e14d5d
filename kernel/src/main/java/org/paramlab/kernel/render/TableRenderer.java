package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.viz.Html;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.Locale;

/**
 * A Tablesaw {@link Table} as an HTML table. Tables longer than the row limit show their first and
 * last rows and say how many were left out.
 */
public final class TableRenderer implements ValueRenderer<Table> {
    /** Rows shown before a table is shortened. */
    public static final int DEFAULT_ROW_LIMIT = 30;

    private static final int TAIL_ROWS = 5;

    private final int rowLimit;

    /** A renderer that shows at most {@code rowLimit} rows. */
    public TableRenderer(int rowLimit) {
        if (rowLimit < TAIL_ROWS + 1) {
            throw new IllegalArgumentException(
                    "Row limit must be > " + TAIL_ROWS + ", got " + rowLimit);
        }
        this.rowLimit = rowLimit;
    }

    @Override
    public Class<Table> type() {
        return Table.class;
    }

    @Override
    public void render(Table table, DisplayData out) {
        int rows = table.rowCount();
        boolean shortened = rows > rowLimit;
        int head = shortened ? rowLimit - TAIL_ROWS : rows;
        StringBuilder html = new StringBuilder("<div>");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<b>").append(Html.escape(table.name())).append("</b>");
        }
        html.append("<table><thead><tr>");
        for (Column<?> c : table.columns()) {
            html.append("<th>").append(Html.escape(c.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < head; r++) {
            row(table, r, html);
        }
        if (shortened) {
            html.append("<tr><td colspan=\"")
                    .append(table.columnCount())
                    .append("\" style=\"text-align:center\">&hellip; ")
                    .append(rows - head - TAIL_ROWS)
                    .append(" rows not shown &hellip;</td></tr>");
            for (int r = rows - TAIL_ROWS; r < rows; r++) {
                row(table, r, html);
            }
        }
        html.append("</tbody></table><small>")
                .append(
                        String.format(
                                Locale.ROOT, "%,d rows × %d columns", rows, table.columnCount()))
                .append("</small></div>");
        out.putHTML(html.toString());
        out.putText(shortened ? table.print(rowLimit) : table.print());
    }

    private static void row(Table table, int r, StringBuilder html) {
        html.append("<tr>");
        for (int c = 0; c < table.columnCount(); c++) {
            html.append("<td>").append(Html.escape(table.getString(r, c))).append("</td>");
        }
        html.append("</tr>");
    }
}
