package org.paramlab.train.sweep;

import java.util.Objects;

/**
 * One point of a sweep as an executor sees it: the config, its JSON (what a remote engine would
 * ship) and its key (the file name its result is stored under).
 *
 * @param key the SHA-256 prefix of the config's JSON, stable across runs and machines
 * @param config the config record
 * @param configJson the config as JSON
 * @param <C> the config record type
 */
public record SweepTask<C extends Record>(String key, C config, String configJson) {
    /** Validates the fields. */
    public SweepTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configJson, "configJson");
    }
}
