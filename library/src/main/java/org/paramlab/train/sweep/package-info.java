/**
 * Sweeps over configurations that survive crashes: {@link org.paramlab.train.sweep.SweepRunner}
 * runs a {@link org.paramlab.train.sweep.SweepFunction} over a list of config records on a {@link
 * org.paramlab.train.sweep.SweepExecutor} (sequential, a local thread pool, or later a cluster
 * engine), stores each result under its config's key as soon as it exists, skips stored ones when
 * run again, and returns a {@link org.paramlab.train.sweep.SweepResult} whose {@code table()} is a
 * Tablesaw table; {@link org.paramlab.train.sweep.SweepPlots#heatmap} draws one of its metrics over
 * two axes. {@link org.paramlab.train.sweep.SweepDirectory} says where a notebook's runs live.
 */
package org.paramlab.train.sweep;
