package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;
import org.paramlab.viz.AudioClip;

import java.util.Base64;

class AudioRendererTest {
    private static final String PREFIX = "src=\"data:audio/wav;base64,";

    @Test
    void clipIsAnAudioPlayerWithTheWavEmbeddedAndNoScript() {
        AudioClip clip = AudioClip.tone(440, 0.1, 8000);
        DisplayData out = new DisplayData();
        new AudioRenderer().render(clip, out);

        String html = (String) out.getData(MIMEType.TEXT_HTML);
        assertTrue(html.startsWith("<audio controls"), html);
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), html);
        int start = html.indexOf(PREFIX) + PREFIX.length();
        String base64 = html.substring(start, html.indexOf('"', start));
        assertArrayEquals(clip.toWav(), Base64.getDecoder().decode(base64));
        assertEquals(clip.toString(), out.getData(MIMEType.TEXT_PLAIN));
    }
}
