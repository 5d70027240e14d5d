package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.Html;

class HtmlRendererTest {

    @Test
    void htmlAndTextAreShownAsGiven() {
        DisplayData out = new DisplayData();
        new HtmlRenderer().render(new Html("<b>5/10</b>", "5/10"), out);
        assertEquals("<b>5/10</b>", out.getData(MIMEType.TEXT_HTML));
        assertEquals("5/10", out.getData(MIMEType.TEXT_PLAIN));
    }
}
