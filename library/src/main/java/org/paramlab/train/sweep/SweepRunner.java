package org.paramlab.train.sweep;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.paramlab.viz.ProgressBar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a function over a list (or grid) of configs and keeps every finished result on disk: each
 * result is written to {@code <directory>/<key>.json} the moment its run ends, keyed by the SHA-256
 * of the config's JSON, so a crash or an interrupt loses at most the runs in progress and running
 * the same sweep again computes only what is missing.
 *
 * <pre>{@code
 * var runner = new SweepRunner<>(Path.of("runs/step-law"), StepLawRun.class, StepLaw::run)
 *         .withExecutor(SweepExecutor.threads(2));
 * SweepResult<StepLawPoint, StepLawRun> sweep = runner.run(Grid.of(...));
 * sweep.table()
 * }</pre>
 *
 * @param <C> the config record
 * @param <R> the result record
 */
public final class SweepRunner<C extends Record, R extends Record> {
    private final Path directory;
    private final Class<R> resultType;
    private final SweepFunction<C, R> function;
    private final SweepExecutor executor;
    private final boolean display;

    /**
     * A sequential runner storing results in {@code directory}, with a progress bar.
     *
     * @param resultType the result record's class, to read stored results back
     */
    public SweepRunner(Path directory, Class<R> resultType, SweepFunction<C, R> function) {
        this(directory, resultType, function, SweepExecutor.sequential(), true);
    }

    private SweepRunner(
            Path directory,
            Class<R> resultType,
            SweepFunction<C, R> function,
            SweepExecutor executor,
            boolean display) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.resultType = Objects.requireNonNull(resultType, "resultType");
        this.function = Objects.requireNonNull(function, "function");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.display = display;
    }

    /** This runner on another executor. */
    public SweepRunner<C, R> withExecutor(SweepExecutor value) {
        return new SweepRunner<>(directory, resultType, function, value, display);
    }

    /** This runner with the progress bar on or off. */
    public SweepRunner<C, R> withDisplay(boolean value) {
        return new SweepRunner<>(directory, resultType, function, executor, value);
    }

    /** Where results are stored. */
    public Path directory() {
        return directory;
    }

    /**
     * Runs every config whose result is not stored yet and returns all results in the order of
     * {@code configs}.
     *
     * @throws java.util.concurrent.CancellationException if interrupted (finished runs are kept)
     * @throws IllegalArgumentException if two configs are equal
     * @throws UncheckedIOException if the directory cannot be written
     */
    public SweepResult<C, R> run(List<C> configs) {
        Map<String, SweepTask<C>> tasks = new LinkedHashMap<>();
        for (C config : configs) {
            String json = SweepJson.toJson(config);
            SweepTask<C> task = new SweepTask<>(SweepJson.key(json), config, json);
            if (tasks.put(task.key(), task) != null) {
                throw new IllegalArgumentException("The sweep lists one config twice: " + config);
            }
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the sweep directory " + directory, e);
        }
        Map<String, R> results = new LinkedHashMap<>();
        List<SweepTask<C>> todo = new ArrayList<>();
        for (SweepTask<C> task : tasks.values()) {
            R stored = read(task);
            if (stored != null) {
                results.put(task.key(), stored);
            } else {
                todo.add(task);
            }
        }
        int resumed = results.size();
        long started = System.nanoTime();
        ProgressBar bar =
                display
                        ? ProgressBar.start("sweep, " + tasks.size() + " runs", tasks.size())
                        : null;
        try {
            if (bar != null) {
                bar.step(resumed);
                bar.status(resumed > 0 ? resumed + " stored" : "");
            }
            executor.execute(
                    todo,
                    function,
                    (task, result) -> {
                        write(task, result);
                        synchronized (results) {
                            results.put(task.key(), result);
                        }
                        if (bar != null) {
                            bar.step();
                        }
                    },
                    () -> {
                        if (bar != null) {
                            bar.step(0);
                        } else {
                            org.paramlab.train.Interrupts.check();
                        }
                    });
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        List<SweepResult.Entry<C, R>> entries = new ArrayList<>();
        for (SweepTask<C> task : tasks.values()) {
            entries.add(
                    new SweepResult.Entry<>(task.key(), task.config(), results.get(task.key())));
        }
        return new SweepResult<>(
                entries,
                resumed,
                todo.size(),
                (System.nanoTime() - started) / 1e9,
                executor.describe());
    }

    /** The stored result of {@code task}, or null if none (or unreadable: it will be rerun). */
    private R read(SweepTask<C> task) {
        Path file = directory.resolve(task.key() + ".json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonObject stored = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            if (!stored.has("config")
                    || !stored.get("config").equals(JsonParser.parseString(task.configJson()))) {
                return null;
            }
            return SweepJson.GSON.fromJson(stored.get("result"), resultType);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private void write(SweepTask<C> task, R result) {
        JsonObject stored = new JsonObject();
        stored.add("config", JsonParser.parseString(task.configJson()));
        stored.add("result", SweepJson.GSON.toJsonTree(result));
        Path file = directory.resolve(task.key() + ".json");
        Path partial = directory.resolve(task.key() + ".json.partial");
        try {
            Files.writeString(partial, SweepJson.GSON.toJson(stored));
            Files.move(
                    partial,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot store the result of " + task.config() + " in " + file, e);
        }
    }
}
