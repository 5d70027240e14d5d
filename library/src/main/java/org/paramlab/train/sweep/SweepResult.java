package org.paramlab.train.sweep;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The configs and results of a sweep, in the order the configs were given, with how many were read
 * back from disk and how many ran now.
 *
 * @param entries one per config
 * @param resumed results read from earlier runs
 * @param ran results computed in this call
 * @param seconds wall time of this call
 * @param executor where the runs ran
 * @param <C> the config record
 * @param <R> the result record
 */
public record SweepResult<C extends Record, R extends Record>(
        List<Entry<C, R>> entries, int resumed, int ran, double seconds, String executor) {

    /**
     * One point.
     *
     * @param key the config's key (its result file's name)
     * @param config the config
     * @param result the result
     * @param <C> the config record
     * @param <R> the result record
     */
    public record Entry<C extends Record, R extends Record>(String key, C config, R result) {}

    /** Copies the list. */
    public SweepResult {
        entries = List.copyOf(entries);
    }

    /** The results in config order. */
    public List<R> results() {
        return entries.stream().map(Entry::result).toList();
    }

    /** The entries whose config satisfies {@code filter}. */
    public List<Entry<C, R>> where(Predicate<C> filter) {
        return entries.stream().filter(e -> filter.test(e.config())).toList();
    }

    /**
     * One row per point: the config's and the result's components that are numbers, booleans,
     * strings or enums, and those of records nested one level (named {@code outer.inner}); arrays,
     * collections and deeper records are left out.
     */
    public Table table() {
        Map<String, Column<?>> columns = new LinkedHashMap<>();
        int row = 0;
        for (Entry<C, R> e : entries) {
            Map<String, Object> values = new LinkedHashMap<>();
            flatten("", e.config(), values, 1);
            flatten("", e.result(), values, 1);
            for (Map.Entry<String, Object> v : values.entrySet()) {
                Column<?> column =
                        columns.computeIfAbsent(
                                v.getKey(),
                                name ->
                                        v.getValue() instanceof Number
                                                ? DoubleColumn.create(name)
                                                : StringColumn.create(name));
                while (column.size() < row) {
                    column.appendMissing();
                }
                if (column instanceof DoubleColumn d) {
                    d.append(v.getValue() instanceof Number n ? n.doubleValue() : Double.NaN);
                } else {
                    ((StringColumn) column).append(String.valueOf(v.getValue()));
                }
            }
            row++;
        }
        for (Column<?> column : columns.values()) {
            while (column.size() < row) {
                column.appendMissing();
            }
        }
        return Table.create("sweep (" + entries.size() + " runs)")
                .addColumns(new ArrayList<>(columns.values()).toArray(Column[]::new));
    }

    private static void flatten(String prefix, Record record, Map<String, Object> out, int depth) {
        if (record == null) {
            return;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + record, e);
            }
            String name = prefix + c.getName();
            if (value instanceof Number
                    || value instanceof String
                    || value instanceof Boolean
                    || value instanceof Enum<?>) {
                out.put(name, value instanceof Boolean b ? b.toString() : value);
            } else if (value instanceof Record nested && depth > 0) {
                flatten(name + ".", nested, out, depth - 1);
            }
        }
    }
}
