package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import org.paramlab.viz.AudioClip;

import java.util.Base64;

/** An {@link AudioClip} as an HTML audio player with the WAV embedded as a data URI. */
public final class AudioRenderer implements ValueRenderer<AudioClip> {
    @Override
    public Class<AudioClip> type() {
        return AudioClip.class;
    }

    @Override
    public void render(AudioClip clip, DisplayData out) {
        String wav = Base64.getEncoder().encodeToString(clip.toWav());
        out.putHTML(
                "<audio controls preload=\"auto\" src=\"data:audio/wav;base64,"
                        + wav
                        + "\"></audio>");
        out.putText(clip.toString());
    }
}
