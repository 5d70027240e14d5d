package org.paramlab.peft.experiment;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

import org.paramlab.train.TrainBatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Minibatches of a {@link TokenizedTask} for {@link org.paramlab.train.BlockTrainer}: training
 * batches walk a fresh seeded shuffle every epoch; held-out batches are the development split in
 * order. Inputs are {@code (input_ids, attention_mask, token_type_ids)}, right-padded to the
 * longest example of the batch; labels {@code (B)} int64; a batch counts its examples as tokens.
 */
public final class ClassificationBatches implements ClassifierData {
    private final TokenizedTask data;
    private final int batchSize;
    private final long seed;
    private List<Integer> order = List.of();
    private long orderEpoch = -1;

    /**
     * Batches of {@code batchSize} over {@code data}'s training split, shuffled with {@code seed}.
     *
     * @throws IllegalArgumentException if the batch size is not positive
     */
    public ClassificationBatches(TokenizedTask data, int batchSize, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be ≥ 1, got " + batchSize);
        }
        this.data = data;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return data.task().name();
    }

    /** {@inheritDoc} */
    @Override
    public int numClasses() {
        return data.task().classes().size();
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch trainBatch(NDManager manager, long step) {
        int n = data.train().size();
        int perEpoch = Math.max(1, n / batchSize);
        long epoch = step / perEpoch;
        if (epoch != orderEpoch) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                idx.add(i);
            }
            Collections.shuffle(idx, new Random(seed * 1_000_003L + epoch));
            order = idx;
            orderEpoch = epoch;
        }
        int from = (int) (step % perEpoch) * batchSize;
        List<TokenizedTask.Example> batch = new ArrayList<>();
        for (int i = from; i < Math.min(n, from + batchSize); i++) {
            batch.add(data.train().get(order.get(i)));
        }
        return batch(manager, batch);
    }

    /** {@inheritDoc} */
    @Override
    public int heldOutBatches() {
        return (data.dev().size() + batchSize - 1) / batchSize;
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch heldOutBatch(NDManager manager, int index) {
        return batch(manager, slice(data.dev(), index));
    }

    /** {@inheritDoc} */
    @Override
    public int testBatches() {
        return (data.test().size() + batchSize - 1) / batchSize;
    }

    /** {@inheritDoc} */
    @Override
    public TrainBatch testBatch(NDManager manager, int index) {
        return batch(manager, slice(data.test(), index));
    }

    private List<TokenizedTask.Example> slice(List<TokenizedTask.Example> split, int index) {
        int from = index * batchSize;
        return split.subList(from, Math.min(split.size(), from + batchSize));
    }

    /** A padded batch of {@code examples}. */
    public static TrainBatch batch(NDManager manager, List<TokenizedTask.Example> examples) {
        int length = 0;
        for (TokenizedTask.Example e : examples) {
            length = Math.max(length, e.ids().length);
        }
        long[][] ids = new long[examples.size()][length];
        long[][] mask = new long[examples.size()][length];
        long[][] types = new long[examples.size()][length];
        long[] labels = new long[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            long[] id = examples.get(i).ids();
            System.arraycopy(id, 0, ids[i], 0, id.length);
            java.util.Arrays.fill(mask[i], 0, id.length, 1);
            labels[i] = examples.get(i).label();
        }
        NDList inputs =
                new NDList(manager.create(ids), manager.create(mask), manager.create(types));
        return new TrainBatch(inputs, new NDList(manager.create(labels)), examples.size());
    }
}
