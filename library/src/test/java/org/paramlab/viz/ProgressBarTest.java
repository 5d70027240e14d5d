package org.paramlab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

class ProgressBarTest {
    private final FakeClock clock = new FakeClock();
    private final RecordingSink sink = new RecordingSink();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static String text(Object shown) {
        return ((Html) shown).text();
    }

    @Test
    void startShowsAnEmptyBar() {
        new ProgressBar("train", 10, clock, sink);
        assertEquals(1, sink.shown.size());
        assertEquals(
                "train:   0% |" + " ".repeat(24) + "| 0/10 [00:00, 0.0 it/s]",
                text(sink.shown.get(0)));
        assertEquals(0, sink.updates.size());
    }

    @Test
    void halfwayTextShowsCountPercentageElapsedEtaAndRate() {
        ProgressBar bar = new ProgressBar("train", 10, clock, sink);
        for (int i = 0; i < 5; i++) {
            clock.advanceMillis(1000);
            bar.step();
        }
        assertEquals(5, bar.count());
        assertEquals(10, bar.total());
        assertEquals(
                "train:  50% |"
                        + "#".repeat(12)
                        + " ".repeat(12)
                        + "| 5/10 [00:05<00:05, 1.0 it/s]",
                text(sink.lastUpdate()));
    }

    @Test
    void noRedrawBefore150MillisOfClockTime() {
        ProgressBar bar = new ProgressBar("train", 100, clock, sink);
        clock.advanceMillis(100);
        bar.step();
        clock.advanceMillis(49);
        bar.step();
        assertEquals(0, sink.updates.size());
        clock.advanceMillis(1);
        bar.step();
        assertEquals(1, sink.updates.size());
        assertTrue(text(sink.lastUpdate()).contains("3/100"), text(sink.lastUpdate()));
        clock.advanceMillis(149);
        bar.step();
        assertEquals(1, sink.updates.size());
        clock.advanceMillis(1);
        bar.step();
        assertEquals(2, sink.updates.size());
    }

    @Test
    void closeDrawsTheFinalStateOnce() {
        ProgressBar bar = new ProgressBar("train", 4, clock, sink);
        bar.step(4);
        assertEquals(0, sink.updates.size());
        bar.close();
        assertEquals(1, sink.updates.size());
        assertTrue(text(sink.lastUpdate()).contains("100%"), text(sink.lastUpdate()));
        assertTrue(text(sink.lastUpdate()).contains("4/4"), text(sink.lastUpdate()));
        bar.close();
        assertEquals(1, sink.updates.size());
    }

    @Test
    void finishedBarShowsNoTimeLeft() {
        ProgressBar bar = new ProgressBar("train", 2, clock, sink);
        clock.advanceMillis(2000);
        bar.step(2);
        assertEquals(
                "train: 100% |" + "#".repeat(24) + "| 2/2 [00:02, 1.0 it/s]",
                text(sink.lastUpdate()));
    }

    @Test
    void countBeyondTotalCapsTheBarAtFull() {
        ProgressBar bar = new ProgressBar("", 2, clock, sink);
        bar.step(5);
        bar.close();
        Html html = (Html) sink.lastUpdate();
        assertTrue(html.text().startsWith("100% |" + "#".repeat(24) + "| 5/2"), html.text());
        assertTrue(html.html().contains("max=\"2\" value=\"2\""), html.html());
    }

    @Test
    void unknownTotalShowsCountWithoutPercentageOrEta() {
        ProgressBar bar = new ProgressBar("copy", 0, clock, sink);
        clock.advanceMillis(3000);
        bar.step(3);
        String text = text(sink.lastUpdate());
        assertTrue(text.endsWith(" 3 [00:03, 1.0 it/s]"), text);
        assertFalse(text.contains("%"), text);
        assertFalse(text.contains("<"), text);
        assertFalse(((Html) sink.lastUpdate()).html().contains("<progress"));
    }

    @Test
    void statusFollowsTheCounts() {
        ProgressBar bar = new ProgressBar("train", 10, clock, sink);
        bar.status("loss 0.25");
        bar.close();
        assertTrue(text(sink.lastUpdate()).endsWith(" it/s] loss 0.25"), text(sink.lastUpdate()));
    }

    @Test
    void htmlEscapesTheLabelAndShowsAProgressElement() {
        ProgressBar bar = new ProgressBar("<fit> & go", 10, clock, sink);
        bar.step(5);
        bar.close();
        String html = ((Html) sink.lastUpdate()).html();
        assertTrue(html.contains("&lt;fit&gt; &amp; go: "), html);
        assertFalse(html.contains("<fit>"), html);
        assertTrue(html.contains("<progress"), html);
        assertTrue(html.contains("max=\"10\" value=\"5\""), html);
    }

    @Test
    void stepThrowsCancellationWhenInterruptedAndClearsTheFlag() {
        ProgressBar bar = new ProgressBar("train", 10, clock, sink);
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, bar::step);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void negativeTotalIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ProgressBar("train", -1, clock, sink));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertEquals(0, sink.shown.size());
    }

    @Test
    void nullLabelIsShownAsNoLabel() {
        new ProgressBar(null, 0, clock, sink);
        assertFalse(text(sink.shown.get(0)).contains("null"));
    }

    @Test
    void clockTextIsMinutesSecondsBelowAnHour() {
        assertEquals("00:00", ProgressBar.clockText(0));
        assertEquals("00:59", ProgressBar.clockText(59));
        assertEquals("01:00", ProgressBar.clockText(59.6));
        assertEquals("59:59", ProgressBar.clockText(3599));
    }

    @Test
    void clockTextShowsHoursFromAnHourUp() {
        assertEquals("1:00:00", ProgressBar.clockText(3600));
        assertEquals("1:01:01", ProgressBar.clockText(3661));
        assertEquals("26:00:05", ProgressBar.clockText(26 * 3600 + 5));
    }
}
