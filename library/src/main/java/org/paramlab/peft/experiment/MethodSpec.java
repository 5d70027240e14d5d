package org.paramlab.peft.experiment;

import org.paramlab.peft.PeftConfig;

import java.util.Objects;

/**
 * A fine-tuning method as an experiment runs it: a label, the tuner config (head included in {@code
 * modulesToSave}) and its peak learning rate.
 *
 * @param name the label in tables and charts
 * @param config the method
 * @param learningRate peak learning rate of the linear warm-up/decay schedule
 */
public record MethodSpec(String name, PeftConfig config, double learningRate) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException for a non-positive learning rate
     */
    public MethodSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
        }
    }

    /** This method under another label (to line methods up across comparisons). */
    public MethodSpec withName(String value) {
        return new MethodSpec(value, config, learningRate);
    }

    /** This method with another learning rate. */
    public MethodSpec withLearningRate(double value) {
        return new MethodSpec(name, config, value);
    }
}
