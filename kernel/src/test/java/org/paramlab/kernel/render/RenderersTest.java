package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.Html;

import java.util.List;
import java.util.Optional;

class RenderersTest {
    interface Shape {}

    interface Named {}

    static class Base implements Named {}

    static class Square extends Base implements Shape {}

    static class Circle implements Shape {}

    static class Labelled extends Base {}

    /** A renderer that writes its own name as the text form. */
    private static <T> ValueRenderer<T> named(Class<T> type, String name) {
        return new ValueRenderer<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public void render(T value, DisplayData out) {
                out.putText(name);
            }
        };
    }

    private static Object chosen(Renderers renderers, Object value) {
        return renderers.render(value).orElseThrow().getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void ownClassWinsOverSuperclassAndInterfaces() {
        Renderers r =
                new Renderers(
                        List.of(
                                named(Shape.class, "shape"),
                                named(Base.class, "base"),
                                named(Square.class, "square")));
        assertEquals("square", chosen(r, new Square()));
    }

    @Test
    void superclassWinsOverTheClassesOwnInterface() {
        Renderers r =
                new Renderers(List.of(named(Shape.class, "shape"), named(Base.class, "base")));
        assertEquals("base", chosen(r, new Square()));
    }

    @Test
    void interfaceIsUsedWhenNoClassMatches() {
        Renderers r =
                new Renderers(List.of(named(Shape.class, "shape"), named(Base.class, "base")));
        assertEquals("shape", chosen(r, new Circle()));
    }

    @Test
    void interfaceOfASuperclassIsFound() {
        Renderers r = new Renderers(List.of(named(Named.class, "named")));
        assertEquals("named", chosen(r, new Labelled()));
    }

    @Test
    void laterRendererForTheSameTypeWins() {
        Renderers r =
                new Renderers(List.of(named(Base.class, "first"), named(Base.class, "second")));
        assertEquals("second", chosen(r, new Base()));
    }

    @Test
    void unknownTypeAndNullRenderNothing() {
        Renderers r = new Renderers(List.of(named(Shape.class, "shape")));
        assertEquals(Optional.empty(), r.render("a string"));
        assertEquals(Optional.empty(), r.render(null));
    }

    @Test
    void defaultsRenderLibraryValues() {
        Optional<DisplayData> html = Renderers.defaults().render(new Html("<b>x</b>", "x"));
        assertEquals("<b>x</b>", html.orElseThrow().getData(MIMEType.TEXT_HTML));
        assertTrue(Renderers.defaults().render(42).isEmpty());
    }
}
