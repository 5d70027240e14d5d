package org.paramlab.peft.flora;

/**
 * One method, one seed, one task of {@link FloraStudy}.
 *
 * @param method the method's label
 * @param task the downstream task
 * @param seed the run's seed
 * @param adapterParameters trainable parameters outside the head
 * @param headParameters parameters of the head, trained by every method
 * @param testAccuracy accuracy on the task's test images
 * @param seconds wall time of training
 */
public record FloraRunResult(
        String method,
        String task,
        long seed,
        long adapterParameters,
        long headParameters,
        double testAccuracy,
        double seconds) {}
