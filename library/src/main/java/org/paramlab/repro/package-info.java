/**
 * Reproduction plumbing shared by every notebook: the run {@link org.paramlab.repro.Scale}, the
 * claims a notebook tests and the results file it writes.
 *
 * <p>Start with {@link org.paramlab.repro.Repro}: a notebook calls {@code Repro.begin(slug, seed)}
 * in its setup cell, sizes every experiment with {@code Scale.pick(smoke, full)}, records each of
 * the paper's claims with {@code Repro.claim(...)} and ends with {@code Repro.save()}, which writes
 * {@code results/<slug>.json}. {@link org.paramlab.repro.ReproductionsReport} turns those files
 * into {@code REPRODUCTIONS.md}. {@link org.paramlab.repro.SeedSpread} summarises a score over the
 * seeds of each configuration (mean and range) for the results tables.
 */
package org.paramlab.repro;
