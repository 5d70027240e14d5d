package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

class OutputTest {

    @AfterEach
    void restoreTextSink() {
        Output.reset();
    }

    /** Runs {@code action} with standard output captured and returns what it printed. */
    private static String printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void textSinkPrintsTheValueAndEachUpdate() {
        String out =
                printed(
                        () -> {
                            OutputHandle handle = Output.show(List.of(1, 2));
                            handle.update("second");
                        });
        assertEquals("[1, 2]\nsecond\n", out);
    }

    @Test
    void textSinkPrintsTheTextFormOfHtml() {
        assertEquals("plain\n", printed(() -> Output.show(new Html("<b>plain</b>", "plain"))));
    }

    @Test
    void textSinkPrintsNullAsNull() {
        assertEquals("null\n", printed(() -> Output.show(null)));
    }

    @Test
    void installedSinkReceivesValuesAndIsRich() {
        RecordingSink sink = new RecordingSink();
        Output.install(sink);
        assertTrue(Output.isRich());
        OutputHandle handle = Output.show("value");
        handle.update("replacement");
        assertEquals(List.of("value"), sink.shown);
        assertEquals(List.of("replacement"), sink.updates);
    }

    @Test
    void resetRestoresTheTextSink() {
        RecordingSink sink = new RecordingSink();
        Output.install(sink);
        Output.reset();
        assertFalse(Output.isRich());
        assertEquals("after reset\n", printed(() -> Output.show("after reset")));
        assertEquals(List.of(), sink.shown);
    }

    @Test
    void installOfNullIsRejected() {
        assertThrows(NullPointerException.class, () -> Output.install(null));
        assertFalse(Output.isRich());
    }
}
