package org.paramlab.peft.experiment;

import org.paramlab.models.HfTokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TextTask} tokenized once: per split, each example's token ids (with {@code [CLS]} and
 * {@code [SEP]}, truncated) and label.
 *
 * @param task the task
 * @param maxLength the truncation length
 * @param train training examples
 * @param dev development examples
 * @param test test examples
 */
public record TokenizedTask(
        TextTask task, int maxLength, List<Example> train, List<Example> dev, List<Example> test) {

    /**
     * One tokenized example.
     *
     * @param ids token ids, unpadded
     * @param label the class
     */
    public record Example(long[] ids, int label) {}

    /** Tokenizes every split with {@code tokenizer}. */
    public static TokenizedTask of(TextTask task, HfTokenizer tokenizer) {
        return new TokenizedTask(
                task,
                tokenizer.maxLength(),
                encode(task.train(), tokenizer),
                encode(task.dev(), tokenizer),
                encode(task.test(), tokenizer));
    }

    private static List<Example> encode(List<LabeledText> texts, HfTokenizer tokenizer) {
        List<Example> out = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 256) {
            List<LabeledText> chunk = texts.subList(from, Math.min(texts.size(), from + 256));
            HfTokenizer.TokenBatch batch =
                    tokenizer.encode(chunk.stream().map(LabeledText::text).toList());
            for (int i = 0; i < chunk.size(); i++) {
                int n = 0;
                for (long m : batch.mask()[i]) {
                    n += (int) m;
                }
                out.add(
                        new Example(
                                java.util.Arrays.copyOf(batch.ids()[i], n), chunk.get(i).label()));
            }
        }
        return out;
    }

    /** Mean tokens per training example. */
    public double meanLength() {
        return train.stream().mapToInt(e -> e.ids().length).average().orElse(0);
    }
}
