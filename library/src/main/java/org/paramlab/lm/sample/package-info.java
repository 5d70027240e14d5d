/**
 * Using a trained decoder: {@link org.paramlab.lm.sample.Sampler} generates with a key/value cache
 * (temperature, top-k, top-p; {@link org.paramlab.lm.sample.SamplingConfig}) and {@link
 * org.paramlab.lm.sample.Perplexity} scores a token sequence.
 */
package org.paramlab.lm.sample;
