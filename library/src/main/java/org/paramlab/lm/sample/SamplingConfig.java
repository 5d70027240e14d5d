package org.paramlab.lm.sample;

/**
 * How {@link Sampler} picks each next token from the logits z: divide by the temperature, keep the
 * k most likely tokens (top-k; Fan, Lewis, Dauphin, ACL 2018, arXiv:1805.04833), keep the smallest
 * set whose probability reaches p (top-p, nucleus sampling; Holtzman et al., ICLR 2020,
 * arXiv:1904.09751), renormalise and draw. Temperature 0 is greedy decoding.
 *
 * @param temperature T ≥ 0 (0: arg-max)
 * @param topK keep the k most likely tokens; 0 for all
 * @param topP keep the nucleus of probability p ∈ (0, 1]; 1 for all
 * @param maxTokens tokens to generate, ≥ 0
 * @param seed seed of the draws
 */
public record SamplingConfig(double temperature, int topK, double topP, int maxTokens, long seed) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException naming the field and the value found
     */
    public SamplingConfig {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be ≥ 0, found " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be ≥ 0 (0: all), found " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must lie in (0, 1], found " + topP);
        }
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must be ≥ 0, found " + maxTokens);
        }
    }

    /** Temperature 0.8, top-k 40, top-p 0.95, 200 tokens, seed 42. */
    public static SamplingConfig defaults() {
        return new SamplingConfig(0.8, 40, 0.95, 200, 42);
    }

    /** Greedy decoding of {@code tokens} tokens. */
    public static SamplingConfig greedy(int tokens) {
        return new SamplingConfig(0, 0, 1, tokens, 0);
    }

    /** These settings with another number of tokens. */
    public SamplingConfig withMaxTokens(int value) {
        return new SamplingConfig(temperature, topK, topP, value, seed);
    }

    /** These settings with another temperature. */
    public SamplingConfig withTemperature(double value) {
        return new SamplingConfig(value, topK, topP, maxTokens, seed);
    }
}
