package org.paramlab.train;

import org.paramlab.repro.RunEnvironment;

/**
 * Where a {@link TrainResult} came from, enough to train it again: the trainer, its invocation, the
 * seed, when it ran and for how long, the model's size and the machine (Tribuo's model provenance,
 * smaller).
 *
 * @param trainer the trainer's class name
 * @param invocation how many times this trainer had trained before (0 for the first)
 * @param seed the seed given to the engine before training
 * @param startedAt ISO-8601 instant the run started
 * @param wallSeconds seconds from start to end, evaluations included
 * @param tokensPerSecond tokens (or examples) trained per second of wall time
 * @param parameters scalars in all of the model's parameters
 * @param trainableParameters scalars in the parameters that were updated
 * @param resumedFromUpdate the update a checkpoint resumed from, 0 if none
 * @param environment machine, JVM, engine and device
 */
public record TrainProvenance(
        String trainer,
        int invocation,
        long seed,
        String startedAt,
        double wallSeconds,
        double tokensPerSecond,
        long parameters,
        long trainableParameters,
        long resumedFromUpdate,
        RunEnvironment environment) {}
