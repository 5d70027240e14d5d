package org.paramlab.peft.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.paramlab.data.Fortunes;
import org.paramlab.data.Kjv;

import java.nio.file.Files;
import java.nio.file.Path;

/** The three text tasks on the installed sources (skipped where a source is not installed). */
class TextTasksTest {

    @Test
    void kjvTasksCoverEveryVerseWithSixGenresAndTwoTestaments() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/bible")), "bible-kjv not installed");
        TextTask genre = TextTasks.kjvGenre(1, 0, 0, 0);
        int n = genre.train().size() + genre.dev().size() + genre.test().size();
        assertEquals(31_102, n);
        assertEquals(6, genre.classes().size());
        assertTrue(genre.summary().intColumn("test").min() > 100);
        TextTask testament = TextTasks.kjvTestament(1, 100, 20, 20);
        assertEquals(100, testament.train().size());
        assertEquals("Gospels+Acts", TextTasks.genre6(Kjv.BOOKS.get(43))); // Acts
        assertEquals("Prophets", TextTasks.genre6(Kjv.BOOKS.get(38))); // Malachi
    }

    @Test
    void fortunesTopicsAreFiveStratifiedClasses() {
        assumeTrue(Files.isDirectory(Path.of(Fortunes.FOLDER)), "fortunes not installed");
        TextTask t = TextTasks.fortunes(1, 0, 0, 0);
        assertEquals(TextTasks.FORTUNE_TOPICS, t.classes());
        assertTrue(t.summary().intColumn("dev").min() >= 20);
        assertTrue(t.train().stream().noneMatch(x -> x.text().isBlank()));
    }
}
