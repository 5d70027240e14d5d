package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.LatexForm;

class LatexRendererTest {
    private record Fraction(String text) implements LatexForm {
        @Override
        public String latex() {
            return "\\frac{x}{2}";
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Test
    void rendersDisplayStyleLatexWithTextFallback() {
        DisplayData out = new DisplayData();
        new LatexRenderer().render(new Fraction("x/2"), out);
        assertEquals("$\\displaystyle \\frac{x}{2}$", out.getData(MIMEType.TEXT_LATEX));
        assertEquals("x/2", out.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void defaultRenderersPickItForAnyLatexForm() {
        DisplayData out = Renderers.defaults().render(new Fraction("x/2")).orElseThrow();
        assertEquals("x/2", out.getData(MIMEType.TEXT_PLAIN));
    }
}
