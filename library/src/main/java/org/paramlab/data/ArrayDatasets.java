package org.paramlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.ArrayDataset;

import java.util.List;
import java.util.function.UnaryOperator;

/** Builds {@link Splits} from whole-source arrays and a {@link SplitPlan}. */
final class ArrayDatasets {
    private ArrayDatasets() {}

    /**
     * Gathers the planned rows of {@code data} and {@code labels} into three datasets attached to
     * {@code manager}. The whole-source arrays stay where they are (callers make them in a scope
     * they close).
     *
     * @param plan {train, validation, test} row indices
     * @param testData the official test set's data, whose rows {@code plan[2]} indexes; null to
     *     take the test rows from {@code data}
     * @param testLabels the official test set's labels, or null
     */
    static Splits build(
            NDManager manager,
            NDArray data,
            NDArray labels,
            NDArray testData,
            NDArray testLabels,
            int[][] plan,
            ClassBalance balance,
            SplitConfig config) {
        return build(manager, data, labels, testData, testLabels, plan, balance, config, x -> x);
    }

    /**
     * As above, applying {@code finish} to each gathered data array (e.g. bytes to scaled floats,
     * after the gather so that only the kept rows are converted).
     */
    static Splits build(
            NDManager manager,
            NDArray data,
            NDArray labels,
            NDArray testData,
            NDArray testLabels,
            int[][] plan,
            ClassBalance balance,
            SplitConfig config,
            UnaryOperator<NDArray> finish) {
        int batch = config.batchSize();
        ArrayDataset train = subset(manager, data, labels, plan[0], batch, true, finish);
        ArrayDataset validation = subset(manager, data, labels, plan[1], batch, false, finish);
        ArrayDataset test =
                testData == null
                        ? subset(manager, data, labels, plan[2], batch, false, finish)
                        : subset(manager, testData, testLabels, plan[2], batch, false, finish);
        return new Splits(train, validation, test, balance);
    }

    /** Splits with class counts from integer labels. */
    static Splits classified(
            NDManager manager,
            NDArray data,
            int[] labels,
            List<String> classes,
            int[][] plan,
            SplitConfig config) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray y = scope.create(toLong(labels));
            ClassBalance balance = ClassBalance.count(classes, labels, plan);
            return build(manager, data, y, null, null, plan, balance, config);
        }
    }

    static long[] toLong(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static ArrayDataset subset(
            NDManager manager,
            NDArray data,
            NDArray labels,
            int[] rows,
            int batchSize,
            boolean shuffle,
            UnaryOperator<NDArray> finish) {
        NDArray x;
        NDArray y;
        try (NDManager scope = manager.newSubManager()) {
            NDArray index = scope.create(toLong(rows));
            NDArray gathered = data.get(index);
            x = finish.apply(gathered);
            if (x != gathered) {
                gathered.close();
            }
            y = labels.get(index);
            x.attach(manager);
            y.attach(manager);
        }
        return new ArrayDataset.Builder()
                .setData(x)
                .optLabels(y)
                .setSampling(batchSize, shuffle)
                .build();
    }
}
