/**
 * Fine-tuning experiments for the PEFT notebooks: text-classification tasks on real data ({@link
 * org.paramlab.peft.experiment.TextTasks}: KJV genre and testament, fortunes topics), their
 * minibatches, one method's run ({@link org.paramlab.peft.experiment.FineTuneRunner}: fresh
 * pretrained encoder, head, {@code Peft.wrap}, AdamW with warm-up and decay, early stopping on dev
 * accuracy), the comparison of many methods ({@link org.paramlab.peft.experiment.PeftComparison}:
 * table and Pareto plot) and the inference-latency study ({@link
 * org.paramlab.peft.experiment.LatencyStudy}).
 *
 * <p>Start with {@code PeftComparison.run(PretrainedEncoder.MINILM_L6_V2, data, methods,
 * FineTuneConfig.defaults())}.
 */
package org.paramlab.peft.experiment;
