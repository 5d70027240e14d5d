package org.paramlab.viz;

import java.util.ArrayList;
import java.util.List;

/** An {@link OutputSink} that keeps what was shown and every update, for tests. */
final class RecordingSink implements OutputSink {
    final List<Object> shown = new ArrayList<>();
    final List<Object> updates = new ArrayList<>();

    @Override
    public OutputHandle show(Object value) {
        shown.add(value);
        return updates::add;
    }

    Object lastUpdate() {
        return updates.get(updates.size() - 1);
    }
}
