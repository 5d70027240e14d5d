package org.paramlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

class TarArchiveTest {

    @Test
    void readsBackWhatWasWrittenKeepingOnlyWantedNames() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/a.json", "[1,2]".getBytes());
        files.put("package/b.txt", new byte[1000]);
        files.put("package/c.json", new byte[0]);
        byte[] tar = TarArchive.write(files);
        Map<String, byte[]> back =
                TarArchive.read(new ByteArrayInputStream(tar), n -> n.endsWith(".json"));
        assertEquals(2, back.size());
        assertArrayEquals("[1,2]".getBytes(), back.get("package/a.json"));
        assertEquals(0, back.get("package/c.json").length);
    }

    @Test
    void archiveCutInsideAnEntryIsAnError() {
        byte[] tar = TarArchive.write(Map.of("x.json", new byte[2000]));
        byte[] cut = Arrays.copyOf(tar, 1200);
        IOException e =
                assertThrows(
                        IOException.class,
                        () -> TarArchive.read(new ByteArrayInputStream(cut), n -> true));
        assertEquals("the tar archive ends inside x.json", e.getMessage());
    }
}
