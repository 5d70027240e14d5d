package org.paramlab.audio;

import com.google.gson.Gson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** The numpy/scipy reference values made by {@code make_fixtures.py} beside the JSON file. */
record SpectrogramFixture(
        int sampleRate,
        int nFft,
        int hop,
        int nMels,
        double fMin,
        double fMax,
        float[] signal,
        double[][] magnitude,
        double[][] filterbank,
        double[][] logMel,
        float[] upsampled16k) {

    float[] upsampled() {
        return upsampled16k;
    }

    static SpectrogramFixture load() throws IOException {
        try (InputStream in =
                        SpectrogramFixture.class.getResourceAsStream("spectrogram_fixture.json");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Gson().fromJson(reader, SpectrogramFixture.class);
        }
    }
}
