package org.paramlab.peft.experiment;

import org.paramlab.data.Fortunes;
import org.paramlab.data.Kjv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Text-classification tasks on the data sources of {@code org.paramlab.data}: KJV verses by genre
 * and by testament, fortunes by topic. Each is split 80/10/10, stratified by class, by a seeded
 * shuffle, then capped at the given sizes (0 = all).
 */
public final class TextTasks {
    /** The six genres of the survey's reproduction (spec 10). */
    public static final List<String> KJV_GENRES =
            List.of("Law", "History", "Wisdom", "Prophets", "Gospels+Acts", "Epistles+Revelation");

    /** The fortune topics of the topic task: distinct subjects with 200–1,100 entries each. */
    public static final List<String> FORTUNE_TOPICS =
            List.of("computers", "politics", "science", "songs-poems", "startrek");

    private TextTasks() {}

    /**
     * KJV verses in six genres: Law, History (Joshua–Esther), Wisdom, Prophets (major and minor),
     * Gospels+Acts, Epistles+Revelation.
     *
     * @throws org.paramlab.data.DataSourceException if the Bible is not installed ({@code
     *     ./paramlab data kjv})
     */
    public static TextTask kjvGenre(long seed, int train, int dev, int test) {
        List<LabeledText> all = new ArrayList<>();
        for (Kjv.Verse v : new Kjv().verses()) {
            all.add(new LabeledText(v.text(), KJV_GENRES.indexOf(genre6(v.book()))));
        }
        return split("kjv-genre", KJV_GENRES, all, seed, train, dev, test);
    }

    /** KJV verses by testament (Old, New). */
    public static TextTask kjvTestament(long seed, int train, int dev, int test) {
        List<LabeledText> all = new ArrayList<>();
        for (Kjv.Verse v : new Kjv().verses()) {
            all.add(new LabeledText(v.text(), v.book().testament().equals("Old") ? 0 : 1));
        }
        return split("kjv-testament", List.of("Old", "New"), all, seed, train, dev, test);
    }

    /**
     * Fortunes by topic ({@link #FORTUNE_TOPICS}).
     *
     * @throws org.paramlab.data.DataSourceException if the fortunes are not installed ({@code
     *     ./paramlab data fortunes})
     */
    public static TextTask fortunes(long seed, int train, int dev, int test) {
        Fortunes fortunes = new Fortunes();
        List<LabeledText> all = new ArrayList<>();
        for (int c = 0; c < FORTUNE_TOPICS.size(); c++) {
            for (Fortunes.Entry e : fortunes.entries(FORTUNE_TOPICS.get(c))) {
                all.add(new LabeledText(e.text().strip(), c));
            }
        }
        return split("fortunes-topic", FORTUNE_TOPICS, all, seed, train, dev, test);
    }

    /** The six-genre label of a book. */
    static String genre6(Kjv.Book book) {
        if (book.name().equals("Acts")) {
            return "Gospels+Acts";
        }
        return switch (book.genre()) {
            case "Law" -> "Law";
            case "History" -> "History";
            case "Wisdom" -> "Wisdom";
            case "Major Prophets", "Minor Prophets" -> "Prophets";
            case "Gospels" -> "Gospels+Acts";
            default -> "Epistles+Revelation";
        };
    }

    /**
     * Stratified 80/10/10 split by a seeded shuffle, each split then shuffled and capped.
     *
     * @param train cap of the training split, 0 for all
     */
    static TextTask split(
            String name,
            List<String> classes,
            List<LabeledText> all,
            long seed,
            int train,
            int dev,
            int test) {
        Random random = new Random(seed);
        List<LabeledText> tr = new ArrayList<>();
        List<LabeledText> dv = new ArrayList<>();
        List<LabeledText> te = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            List<LabeledText> members = new ArrayList<>();
            for (LabeledText t : all) {
                if (t.label() == c) {
                    members.add(t);
                }
            }
            Collections.shuffle(members, random);
            int n = members.size();
            int nTest = (int) Math.round(0.1 * n);
            int nDev = (int) Math.round(0.1 * n);
            te.addAll(members.subList(0, nTest));
            dv.addAll(members.subList(nTest, nTest + nDev));
            tr.addAll(members.subList(nTest + nDev, n));
        }
        return new TextTask(
                name,
                classes,
                capped(tr, train, random),
                capped(dv, dev, random),
                capped(te, test, random));
    }

    private static List<LabeledText> capped(List<LabeledText> split, int cap, Random random) {
        Collections.shuffle(split, random);
        return cap > 0 && split.size() > cap ? split.subList(0, cap) : split;
    }
}
