package org.paramlab.train.sweep;

/**
 * What a sweep computes at each point: a result record from a config record. It must depend only on
 * the config (seeds included), so a point computes the same result on any executor and a resumed
 * sweep matches an uninterrupted one.
 *
 * @param <C> the config record
 * @param <R> the result record
 */
@FunctionalInterface
public interface SweepFunction<C extends Record, R extends Record> {

    /** The result at {@code config}. */
    R run(C config);
}
