package org.paramlab.data;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * How many examples of each class went to each split.
 *
 * @param classes class names, index = label
 * @param train examples per class in the training set
 * @param validation examples per class in the validation set
 * @param test examples per class in the test set
 */
public record ClassBalance(
        List<String> classes, List<Integer> train, List<Integer> validation, List<Integer> test) {

    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if the lists differ in length
     */
    public ClassBalance {
        classes = List.copyOf(classes);
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
        int k = classes.size();
        if (train.size() != k || validation.size() != k || test.size() != k) {
            throw new IllegalArgumentException(
                    "Need one count per class ("
                            + k
                            + "), found "
                            + train.size()
                            + ", "
                            + validation.size()
                            + ", "
                            + test.size());
        }
    }

    /** No classes (regression targets, language-model windows). */
    public static ClassBalance none() {
        return new ClassBalance(List.of(), List.of(), List.of(), List.of());
    }

    /** Counts the labels (indices into {@code classes}) of each split. */
    static ClassBalance count(List<String> classes, int[] labels, int[][] splits) {
        List<List<Integer>> counts = new java.util.ArrayList<>();
        for (int[] split : splits) {
            int[] c = new int[classes.size()];
            for (int i : split) {
                c[labels[i]]++;
            }
            counts.add(java.util.Arrays.stream(c).boxed().toList());
        }
        return new ClassBalance(classes, counts.get(0), counts.get(1), counts.get(2));
    }

    /** A table with a row per class: class, train, validation, test, and each class's share. */
    public Table table() {
        int total = 0;
        for (int i = 0; i < classes.size(); i++) {
            total += train.get(i) + validation.get(i) + test.get(i);
        }
        IntColumn all = IntColumn.create("total");
        for (int i = 0; i < classes.size(); i++) {
            all.append(train.get(i) + validation.get(i) + test.get(i));
        }
        Table t =
                Table.create(
                        "class balance",
                        StringColumn.create("class", classes),
                        IntColumn.create(
                                "train", train.stream().mapToInt(Integer::intValue).toArray()),
                        IntColumn.create(
                                "validation",
                                validation.stream().mapToInt(Integer::intValue).toArray()),
                        IntColumn.create(
                                "test", test.stream().mapToInt(Integer::intValue).toArray()),
                        all);
        if (total > 0) {
            t.addColumns(all.divide(total).multiply(100).setName("share %"));
        }
        return t;
    }
}
