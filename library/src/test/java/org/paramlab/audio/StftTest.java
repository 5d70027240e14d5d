package org.paramlab.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;

class StftTest {

    @Test
    void pureToneOnABinPeaksAtThatBin() {
        int rate = 8000;
        int nFft = 256;
        int k = 20; // 625 Hz
        float[] x = new float[4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * Stft.binFrequency(k, nFft, rate) * i / rate);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray mag = Stft.magnitude(m.create(x), nFft, 64, true);
            assertEquals(
                    new Shape(nFft / 2 + 1, Stft.frames(x.length, nFft, 64, true)), mag.getShape());
            NDArray middle = mag.get(":, 30"); // a frame well inside the signal
            assertEquals(k, middle.argMax().getLong());
            // Hann window: the peak is A * N / 4 = 64 for unit amplitude.
            assertEquals(nFft / 4.0, middle.getFloat(k), 1e-2);
        }
    }

    @Test
    void parsevalHoldsFrameByFrameWithARectangularView() {
        // One frame, not centred: sum_k |X_k|^2 over the full spectrum = N sum_n (w x)^2. With
        // the one-sided spectrum, bins 1 .. N/2-1 count twice.
        int nFft = 64;
        float[] x = new float[nFft];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < nFft; i++) {
            x[i] = (float) random.nextGaussian();
        }
        double windowed = 0;
        for (int i = 0; i < nFft; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / nFft);
            windowed += (w * x[i]) * (w * x[i]);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            float[] p = Stft.power(m.create(x), nFft, nFft, false).toFloatArray();
            assertEquals(nFft / 2 + 1, p.length);
            double spectral = p[0] + p[nFft / 2];
            for (int k = 1; k < nFft / 2; k++) {
                spectral += 2 * p[k];
            }
            assertEquals(nFft * windowed, spectral, 1e-3 * spectral);
        }
    }

    @Test
    void matchesTheNumpyReference() throws Exception {
        SpectrogramFixture f = SpectrogramFixture.load();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray mag = Stft.magnitude(m.create(f.signal()), f.nFft(), f.hop(), true);
            assertEquals(f.magnitude().length, mag.getShape().get(0));
            assertEquals(f.magnitude()[0].length, mag.getShape().get(1));
            float[] flat = mag.toFloatArray();
            int cols = f.magnitude()[0].length;
            for (int r = 0; r < f.magnitude().length; r++) {
                for (int c = 0; c < cols; c++) {
                    assertEquals(f.magnitude()[r][c], flat[r * cols + c], 2e-3, r + "," + c);
                }
            }
        }
    }

    @Test
    void batchesTransformRowByRow() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.randomNormal(new Shape(500));
            NDArray b = m.randomNormal(new Shape(500));
            NDArray batch = Stft.magnitude(a.stack(b), 64, 16, true);
            assertEquals(new Shape(2, 33, 32), batch.getShape());
            NDArray single = Stft.magnitude(b, 64, 16, true);
            assertEquals(0, batch.get(1).sub(single).abs().max().getFloat(), 1e-4);
        }
    }

    @Test
    void tooShortSignalSaysHowLongItMustBe() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.zeros(new Shape(10));
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> Stft.magnitude(x, 64, 16, false));
            assertEquals(
                    "STFT with nFft = 64 needs at least 64 samples, found 10; use a smaller nFft"
                            + " or a longer clip",
                    e.getMessage());
        }
    }

    @Test
    void inputArrayStaysWithItsManagerAndNothingLeaks() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(800));
            int before = m.getManagedArrays().size();
            for (int i = 0; i < 1000; i++) {
                Stft.power(x, 128, 64, true).close();
            }
            assertEquals(before, m.getManagedArrays().size());
            assertEquals(m, x.getManager());
        }
    }
}
