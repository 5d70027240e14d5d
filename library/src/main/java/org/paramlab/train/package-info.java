/**
 * Training plumbing shared by all areas: a trainer for any DJL block, its optimizer, schedules,
 * checkpoints, and cooperative cancellation.
 *
 * <p>Start with {@link org.paramlab.train.BlockTrainer}: give it a {@link
 * org.paramlab.train.TrainerConfig} (updates, {@link org.paramlab.train.LrSchedule}, {@link
 * org.paramlab.train.AdamWConfig} with {@link org.paramlab.train.ParamGroup}s, clipping, evaluation
 * and checkpoint cadence, seed, display) and a loss ({@link
 * org.paramlab.train.BatchMetric#crossEntropy()}), then call {@code train(model, batches)} with an
 * initialised block and a {@link org.paramlab.train.BatchSource}. It returns a {@link
 * org.paramlab.train.TrainResult} with curves, final metrics and provenance.
 *
 * <pre>{@code
 * var config = TrainerConfig.defaults()
 *         .withSteps(2_000)
 *         .withSchedule(LrSchedule.cosine(3e-3, 0.05, 0.1))
 *         .withOptimizer(AdamWConfig.forLanguageModels())
 *         .withDisplay(true);
 * TrainResult result = new BlockTrainer(config, BatchMetric.crossEntropy())
 *         .withMetric("accuracy", BatchMetric.accuracy())
 *         .train(model, batches);
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.paramlab.train.AdamW}: decoupled weight decay, per-group rate multipliers (μP,
 *       discriminative fine-tuning), global-norm clipping, frozen parameters skipped, state
 *       exported as {@link org.paramlab.train.OptimizerState} (and zero-padded when a parameter
 *       grows).
 *   <li>{@link org.paramlab.train.LrSchedule}: constant, linear, cosine, warmup-stable-decay and
 *       the Power scheduler, each a record tested against its closed form.
 *   <li>{@link org.paramlab.train.Checkpoint}: parameters, moments and curves; the trainer resumes
 *       from one.
 *   <li>{@link org.paramlab.train.ParameterPaths}: readable parameter paths ({@code
 *       layers.0.attention.query.weight}) that groups, state and checkpoints are keyed by.
 *   <li>{@link org.paramlab.train.Interrupts}: every long loop calls it so Jupyter's interrupt
 *       button stops a cell and leaves the kernel usable; {@link org.paramlab.train.GradMode} turns
 *       autograd off for inference.
 *   <li>{@link org.paramlab.train.Backprop}: back-propagation that, unlike DJL's gradient
 *       collector, works in several threads at once (parallel sweeps).
 *   <li>{@link org.paramlab.train.HostArrays}, {@link org.paramlab.train.ArrayCopy}: host values
 *       into engine-owned memory, and {@code times(x, c)} instead of DJL's {@code x.mul(c)}, whose
 *       constant can be freed by the garbage collector before autograd reads it.
 *   <li>{@link org.paramlab.train.EngineThreads}: PyTorch's intra-op thread count; {@link
 *       org.paramlab.train.MatmulPeak}: this machine's float32 matmul throughput, the "fraction of
 *       peak" yardstick of the benchmarks.
 *   <li>{@code train.sweep}: crash-safe, resumable sweeps over config records with a results table
 *       and heat maps.
 * </ul>
 */
package org.paramlab.train;
