package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapeReplacesEveryMarkupCharacter() {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                Html.escape("<a href=\"x\">Tom & Jerry's</a>"));
    }

    @Test
    void escapeLeavesPlainTextAlone() {
        assertEquals("loss 0.25 at step 10 — ok", Html.escape("loss 0.25 at step 10 — ok"));
        assertEquals("", Html.escape(""));
    }

    @Test
    void escapeOfAnEntityEscapesItsAmpersand() {
        assertEquals("&amp;lt;", Html.escape("&lt;"));
    }

    @Test
    void toStringIsTheTextForm() {
        assertEquals("plain", new Html("<b>plain</b>", "plain").toString());
    }

    @Test
    void nullPartsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Html(null, "t"));
        assertThrows(NullPointerException.class, () -> new Html("h", null));
    }
}
