package org.paramlab.lm;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.paramlab.lm.text.TokenCorpus;
import org.paramlab.train.BatchSource;
import org.paramlab.train.HostArrays;
import org.paramlab.train.TrainBatch;

import java.util.Random;

/**
 * Next-token batches from a {@link TokenCorpus}: update s gets B windows of T + 1 ids at offsets
 * drawn uniformly from the training ids by a generator seeded with (seed, s), as inputs x = ids[o …
 * o + T) and labels y = ids[o + 1 … o + T] (int32 (B, T)); the held-out batches are fixed windows
 * evenly spaced over the validation ids. Each batch counts B·T tokens.
 *
 * @param corpus the tokenised training and validation ids
 * @param batchSize B, sequences per batch
 * @param context T, tokens per sequence
 * @param heldOutBatches batches in each held-out evaluation
 * @param seed seed of the window offsets
 */
public record LmBatches(
        TokenCorpus corpus, int batchSize, int context, int heldOutBatches, long seed)
        implements BatchSource {

    /**
     * Validates the sizes against the corpus.
     *
     * @throws IllegalArgumentException if a split is shorter than one window or a size is below 1
     */
    public LmBatches {
        if (batchSize < 1 || context < 1 || heldOutBatches < 0) {
            throw new IllegalArgumentException(
                    "Need batchSize ≥ 1, context ≥ 1, heldOutBatches ≥ 0; found "
                            + batchSize
                            + ", "
                            + context
                            + ", "
                            + heldOutBatches);
        }
        if (corpus.train().length < context + 1 || corpus.validation().length < context + 1) {
            throw new IllegalArgumentException(
                    "Each split needs at least context + 1 = "
                            + (context + 1)
                            + " ids; found "
                            + corpus.train().length
                            + " training and "
                            + corpus.validation().length
                            + " validation ids. Use a shorter context or more text.");
        }
    }

    /** Tokens per batch, B·T. */
    public long tokensPerBatch() {
        return (long) batchSize * context;
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch trainBatch(NDManager manager, long step) {
        int[] ids = corpus.train();
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + step);
        int[] offsets = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            offsets[b] = random.nextInt(ids.length - context);
        }
        return windows(manager, ids, offsets);
    }

    /** {@inheritDoc} */
    @Override
    public int heldOutBatches() {
        return heldOutBatches;
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch heldOutBatch(NDManager manager, int index) {
        if (index < 0 || index >= heldOutBatches) {
            throw new IndexOutOfBoundsException(
                    "Held-out batch " + index + " of " + heldOutBatches);
        }
        int[] ids = corpus.validation();
        long windows = (long) heldOutBatches * batchSize;
        int[] offsets = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            long w = (long) index * batchSize + b;
            offsets[b] = (int) (w * (ids.length - context - 1) / Math.max(1, windows - 1));
        }
        return windows(manager, ids, offsets);
    }

    private TrainBatch windows(NDManager manager, int[] ids, int[] offsets) {
        int[] x = new int[batchSize * context];
        int[] y = new int[batchSize * context];
        for (int b = 0; b < batchSize; b++) {
            System.arraycopy(ids, offsets[b], x, b * context, context);
            System.arraycopy(ids, offsets[b] + 1, y, b * context, context);
        }
        Shape shape = new Shape(batchSize, context);
        return new TrainBatch(
                new NDList(HostArrays.create(manager, x, shape)),
                new NDList(HostArrays.create(manager, y, shape)),
                tokensPerBatch());
    }
}
