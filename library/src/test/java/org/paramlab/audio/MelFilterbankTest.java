package org.paramlab.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MelFilterbankTest {

    @Test
    void melScaleIsHtkAndInvertible() {
        assertEquals(0, MelFilterbank.hzToMel(0), 0);
        assertEquals(1000, MelFilterbank.hzToMel(700 * (Math.pow(10, 1000 / 2595.0) - 1)), 1e-9);
        assertEquals(2595 * Math.log10(2), MelFilterbank.hzToMel(700), 1e-9);
        for (double hz : new double[] {0, 123.4, 1000, 7999}) {
            assertEquals(hz, MelFilterbank.melToHz(MelFilterbank.hzToMel(hz)), 1e-9);
        }
    }

    @Test
    void neighbouringFiltersSumToOneInsideTheBand() {
        int rate = 16000;
        int nFft = 512;
        int mels = 40;
        double[][] w = MelFilterbank.weights(rate, nFft, mels, 0, rate / 2.0);
        double first = MelFilterbank.melToHz(MelFilterbank.hzToMel(rate / 2.0) / (mels + 1));
        double last = MelFilterbank.melToHz(MelFilterbank.hzToMel(rate / 2.0) * mels / (mels + 1));
        int checked = 0;
        for (int k = 0; k <= nFft / 2; k++) {
            double f = Stft.binFrequency(k, nFft, rate);
            double column = 0;
            for (double[] row : w) {
                column += row[k];
            }
            if (f >= first && f <= last) {
                assertEquals(1.0, column, 1e-9, "bin " + k);
                checked++;
            } else {
                assertTrue(column < 1.0 + 1e-9);
            }
        }
        assertTrue(checked > 200);
    }

    @Test
    void eachRowIsATrianglePeakingBelowOneWithSupportInItsBand() {
        double[][] w = MelFilterbank.weights(8000, 256, 20, 0, 4000);
        for (double[] row : w) {
            int peak = 0;
            for (int k = 0; k < row.length; k++) {
                assertTrue(row[k] >= 0 && row[k] <= 1);
                if (row[k] > row[peak]) {
                    peak = k;
                }
            }
            assertTrue(row[peak] > 0.4, "a filter covers at least one bin near its centre");
            for (int k = 1; k <= peak; k++) {
                assertTrue(row[k] >= row[k - 1], "rising before the peak");
            }
            for (int k = peak + 1; k < row.length; k++) {
                assertTrue(row[k] <= row[k - 1], "falling after the peak");
            }
        }
    }

    @Test
    void matchesTheNumpyReference() throws Exception {
        SpectrogramFixture f = SpectrogramFixture.load();
        double[][] w =
                MelFilterbank.weights(f.sampleRate(), f.nFft(), f.nMels(), f.fMin(), f.fMax());
        for (int m = 0; m < w.length; m++) {
            for (int k = 0; k < w[m].length; k++) {
                assertEquals(f.filterbank()[m][k], w[m][k], 1e-7, m + "," + k);
            }
        }
    }

    @Test
    void bandAboveNyquistIsRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> MelFilterbank.weights(8000, 256, 20, 0, 5000));
        assertTrue(e.getMessage().contains("sampleRate / 2 = 4000"), e.getMessage());
    }
}
