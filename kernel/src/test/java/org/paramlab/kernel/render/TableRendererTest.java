package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.stream.IntStream;

class TableRendererTest {

    private static Table numbers(int rows) {
        return Table.create("numbers", IntColumn.create("i", IntStream.range(0, rows).toArray()));
    }

    private static String html(TableRenderer renderer, Table table) {
        DisplayData out = new DisplayData();
        renderer.render(table, out);
        assertNotNull(out.getData(MIMEType.TEXT_PLAIN));
        return (String) out.getData(MIMEType.TEXT_HTML);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void longTableShowsLimitRowsAndSaysHowManyAreNotShown() {
        String html = html(new TableRenderer(30), numbers(1_000));
        assertEquals(30, count(html, "<tr><td>"));
        assertTrue(html.contains("970 rows not shown"), html);
        assertTrue(html.contains("<td>0</td>"), html);
        assertTrue(html.contains("<td>24</td>"), html);
        assertFalse(html.contains("<td>25</td>"), html);
        assertFalse(html.contains("<td>994</td>"), html);
        assertTrue(html.contains("<td>995</td>"), html);
        assertTrue(html.contains("<td>999</td>"), html);
        assertTrue(html.contains("1,000 rows × 1 columns"), html);
    }

    @Test
    void tableAtTheLimitIsShownWhole() {
        String html = html(new TableRenderer(30), numbers(30));
        assertEquals(30, count(html, "<tr><td>"));
        assertFalse(html.contains("not shown"), html);
    }

    @Test
    void cellTextColumnNamesAndTitleAreEscaped() {
        Table t =
                Table.create(
                        "a<b>", StringColumn.create("<th>", new String[] {"<b>bold</b>", "x & y"}));
        String html = html(new TableRenderer(TableRenderer.DEFAULT_ROW_LIMIT), t);
        assertTrue(html.contains("<td>&lt;b&gt;bold&lt;/b&gt;</td>"), html);
        assertTrue(html.contains("<td>x &amp; y</td>"), html);
        assertTrue(html.contains("<th>&lt;th&gt;</th>"), html);
        assertTrue(html.contains("<b>a&lt;b&gt;</b>"), html);
        assertFalse(html.contains("<b>bold"), html);
    }

    @Test
    void rowLimitMustExceedTheTailRows() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new TableRenderer(5));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void smallestRowLimitShowsOneHeadRowAndTheTail() {
        String html = html(new TableRenderer(6), numbers(7));
        assertEquals(6, count(html, "<tr><td>"));
        assertTrue(html.contains("1 rows not shown"), html);
        assertFalse(html.contains("<td>1</td>"), html);
    }
}
