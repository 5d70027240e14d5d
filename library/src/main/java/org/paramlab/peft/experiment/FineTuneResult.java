package org.paramlab.peft.experiment;

/**
 * What fine-tuning one method on one task measured.
 *
 * @param method the method's label
 * @param task the task's name
 * @param trainable trainable parameters, head included
 * @param head trainable parameters of the classification head
 * @param total all parameters of the wrapped model
 * @param optimizerBytes AdamW's state: two float32 moments per trainable parameter
 * @param stepMillis median wall time of a training update
 * @param peakMemoryBytes growth of the process's peak resident memory during training, over the
 *     loaded model
 * @param devAccuracy best development accuracy (the kept parameters')
 * @param testAccuracy test accuracy of the kept parameters
 * @param bestUpdate the update of the best development accuracy
 * @param updates updates run (fewer than planned when stopped early)
 * @param stoppedEarly whether early stopping ended the run
 * @param trainLoss the training loss of every update
 */
public record FineTuneResult(
        String method,
        String task,
        long trainable,
        long head,
        long total,
        long optimizerBytes,
        double stepMillis,
        long peakMemoryBytes,
        double devAccuracy,
        double testAccuracy,
        long bestUpdate,
        long updates,
        boolean stoppedEarly,
        double[] trainLoss) {

    /** Trainable parameters as a percentage of all. */
    public double trainablePercent() {
        return 100.0 * trainable / total;
    }

    /**
     * The method's own trainable parameters (head excluded) as a percentage of all, the share PEFT
     * papers quote.
     */
    public double methodPercent() {
        return 100.0 * (trainable - head) / total;
    }
}
