/**
 * Real data for every notebook, installed by one command ({@code ./paramlab data}) and loaded by
 * one call.
 *
 * <p>Each source has one class: {@link org.paramlab.data.FashionMnist}, {@link
 * org.paramlab.data.Mnist10k}, {@link org.paramlab.data.SklearnTables}, {@link
 * org.paramlab.data.SampleImages}, {@link org.paramlab.data.Kjv}, {@link
 * org.paramlab.data.Fortunes}, {@link org.paramlab.data.SpokenPrompts}, {@link
 * org.paramlab.data.InstrumentSamples}, {@link org.paramlab.data.Speech} and {@link
 * org.paramlab.data.SurvivalData}. Loaders build DJL {@code ArrayDataset}s in the {@code NDManager}
 * the caller passes, split into training, validation and test sets by a {@link
 * org.paramlab.data.SplitConfig} (seeded and, for classes, stratified) and returned as {@link
 * org.paramlab.data.Splits}; tabular sources also give Tablesaw tables. Text sources return {@link
 * org.paramlab.data.TextSplits} with their {@link org.paramlab.data.TextVocabulary}.
 *
 * <p>{@link org.paramlab.data.DataPaths} decides where files are: Debian's system folders, the
 * cache ({@code PARAMLAB_DATA_DIR}, default {@code ~/.paramlab/data}) and the repository's {@code
 * data/} folder. Every loader checks what it reads (sizes, magic numbers, checksums of fixed files)
 * and throws a {@link org.paramlab.data.DataSourceException} naming the source, the path and the
 * {@code ./paramlab data} command that fixes it, never a wrong-shaped dataset.
 */
package org.paramlab.data;
