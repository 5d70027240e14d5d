package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;

class NDArrayRendererTest {

    private static DisplayData render(NDArray array) {
        DisplayData out = new DisplayData();
        new NDArrayRenderer().render(array, out);
        return out;
    }

    @Test
    void textStartsWithShapeDataTypeAndDevice() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.arange(6f).reshape(2, 3);
            String text = (String) render(a).getData(MIMEType.TEXT_PLAIN);
            assertEquals(
                    "NDArray float32 (2, 3) on " + a.getDevice(),
                    text.lines().findFirst().orElseThrow());
            assertTrue(text.contains("5."), text);
        }
    }

    @Test
    void namedArrayShowsItsName() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.ones(new ai.djl.ndarray.types.Shape(2));
            a.setName("weights");
            String text = (String) render(a).getData(MIMEType.TEXT_PLAIN);
            assertTrue(text.lines().findFirst().orElseThrow().endsWith(" 'weights'"), text);
        }
    }

    @Test
    void htmlHoldsTheEscapedHeaderAndValues() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.create(new int[] {7, 8});
            a.setName("<x>");
            String html = (String) render(a).getData(MIMEType.TEXT_HTML);
            assertTrue(html.contains("int32 (2) on"), html);
            assertTrue(html.contains("&lt;x&gt;"), html);
            assertFalse(html.contains("<x>"), html);
            assertTrue(html.contains("7") && html.contains("8"), html);
        }
    }

    @Test
    void longArrayIsTruncated() {
        try (NDManager manager = NDManager.newBaseManager()) {
            String text = (String) render(manager.arange(100_000f)).getData(MIMEType.TEXT_PLAIN);
            assertTrue(text.length() < 5_000, "length " + text.length());
        }
    }

    @Test
    void releasedArraySaysReleasedInsteadOfFailing() {
        NDArray a;
        try (NDManager manager = NDManager.newBaseManager()) {
            a = manager.ones(new ai.djl.ndarray.types.Shape(2, 2));
        }
        DisplayData out = render(a);
        String text = (String) out.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.contains("released"), text);
        assertNull(out.getData(MIMEType.TEXT_HTML));
    }
}
