package org.paramlab.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;

import java.util.List;
import java.util.Objects;

/**
 * A source split into training, validation and test sets, each a DJL {@link ArrayDataset} whose
 * arrays live in the {@code NDManager} the loader was given.
 *
 * @param train the training set; its sampler shuffles
 * @param validation the validation set, in a fixed order
 * @param test the test set, in a fixed order
 * @param balance examples per class and split; empty for sources without classes
 */
public record Splits(
        ArrayDataset train, ArrayDataset validation, ArrayDataset test, ClassBalance balance) {

    /** Requires every part. */
    public Splits {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(balance, "balance");
    }

    /** Class names, index = label; empty for sources without classes. */
    public List<String> classes() {
        return balance.classes();
    }

    /**
     * The first {@code n} training examples as {@code [data, labels]} in {@code manager}, e.g. to
     * draw them with {@code Images.grid}.
     */
    public NDList preview(NDManager manager, int n) {
        long end = Math.min(n, train.size());
        try (NDManager scope = manager.newSubManager();
                Batch batch = train.getByRange(scope, 0, end)) {
            NDList out =
                    new NDList(
                            batch.getData().head().duplicate(),
                            batch.getLabels().head().duplicate());
            out.attach(manager);
            return out;
        }
    }

    @Override
    public String toString() {
        return "Splits(train "
                + train.size()
                + ", validation "
                + validation.size()
                + ", test "
                + test.size()
                + (classes().isEmpty() ? "" : ", " + classes().size() + " classes")
                + ")";
    }
}
