package org.paramlab.peft.experiment;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * A text-classification task with training, development and test splits.
 *
 * @param name a short name, e.g. {@code kjv-genre}
 * @param classes the class names; label i is {@code classes.get(i)}
 * @param train the training split
 * @param dev the development split (early stopping, model selection)
 * @param test the test split (reported once, at the end)
 */
public record TextTask(
        String name,
        List<String> classes,
        List<LabeledText> train,
        List<LabeledText> dev,
        List<LabeledText> test) {

    /**
     * Copies the lists and checks the labels.
     *
     * @throws IllegalArgumentException if a split is empty or a label is out of range
     */
    public TextTask {
        classes = List.copyOf(classes);
        train = List.copyOf(train);
        dev = List.copyOf(dev);
        test = List.copyOf(test);
        if (classes.size() < 2 || train.isEmpty() || dev.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException(
                    "Task " + name + " needs ≥ 2 classes and non-empty splits.");
        }
        for (List<LabeledText> split : List.of(train, dev, test)) {
            for (LabeledText t : split) {
                if (t.label() < 0 || t.label() >= classes.size()) {
                    throw new IllegalArgumentException(
                            "Label "
                                    + t.label()
                                    + " outside [0, "
                                    + classes.size()
                                    + ") in "
                                    + name);
                }
            }
        }
    }

    /** Examples per class and split: class, train, dev, test. */
    public Table summary() {
        int[][] counts = new int[3][classes.size()];
        List<List<LabeledText>> splits = List.of(train, dev, test);
        for (int s = 0; s < 3; s++) {
            for (LabeledText t : splits.get(s)) {
                counts[s][t.label()]++;
            }
        }
        return Table.create(name)
                .addColumns(
                        StringColumn.create("class", classes),
                        IntColumn.create("train", counts[0]),
                        IntColumn.create("dev", counts[1]),
                        IntColumn.create("test", counts[2]));
    }

    /** The share of the largest class in the test split: the majority-class baseline. */
    public double majorityBaseline() {
        int[] counts = new int[classes.size()];
        for (LabeledText t : test) {
            counts[t.label()]++;
        }
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return (double) max / test.size();
    }
}
