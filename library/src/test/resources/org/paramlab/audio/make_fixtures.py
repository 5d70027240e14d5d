#!/usr/bin/env python3
"""Reference values for the audio tests, computed independently with numpy and scipy.

Run from this folder with Debian's python3-numpy and python3-scipy:
    /usr/bin/python3 make_fixtures.py > spectrogram_fixture.json

The signal is three tones at 8 kHz. The STFT here is written out by hand (reflect padding by
nFft/2, periodic Hann window from scipy.signal.get_window, numpy's rfft), the mel filterbank from
the HTK formula with triangles in Hz, so the Java code (which calls torch.stft through DJL) is
checked against a separate implementation. The resampled signal is scipy.signal.resample_poly.
"""
import json

import numpy as np
import scipy
from scipy.signal import get_window, resample_poly

RATE = 8000
N = 1600
N_FFT = 128
HOP = 64
N_MELS = 20
F_MIN = 0.0
F_MAX = 4000.0


def signal():
    n = np.arange(N)
    return (0.5 * np.sin(2 * np.pi * 440 * n / RATE)
            + 0.25 * np.sin(2 * np.pi * 1234.5 * n / RATE + 0.3)
            + 0.1 * np.cos(2 * np.pi * 3000 * n / RATE)).astype(np.float32)


def stft_magnitude(x):
    padded = np.pad(x.astype(np.float64), N_FFT // 2, mode="reflect")
    window = get_window("hann", N_FFT)  # periodic
    frames = 1 + (len(padded) - N_FFT) // HOP
    columns = [np.abs(np.fft.rfft(window * padded[t * HOP:t * HOP + N_FFT])) for t in range(frames)]
    return np.stack(columns, axis=1)  # (N_FFT/2 + 1, T)


def mel(hz):
    return 2595.0 * np.log10(1.0 + hz / 700.0)


def hz(m):
    return 700.0 * (10.0 ** (m / 2595.0) - 1.0)


def filterbank():
    edges = hz(np.linspace(mel(F_MIN), mel(F_MAX), N_MELS + 2))
    freqs = np.arange(N_FFT // 2 + 1) * RATE / N_FFT
    w = np.zeros((N_MELS, N_FFT // 2 + 1))
    for m in range(N_MELS):
        rising = (freqs - edges[m]) / (edges[m + 1] - edges[m])
        falling = (edges[m + 2] - freqs) / (edges[m + 2] - edges[m + 1])
        w[m] = np.maximum(0.0, np.minimum(rising, falling))
    return w


def main():
    x = signal()
    magnitude = stft_magnitude(x)
    weights = filterbank()
    log_mel = 10.0 * np.log10(np.maximum(weights @ magnitude ** 2, 1e-10))
    upsampled = resample_poly(x.astype(np.float64), 2, 1)
    out = {
        "generator": f"make_fixtures.py, numpy {np.__version__}, scipy {scipy.__version__}",
        "sampleRate": RATE, "nFft": N_FFT, "hop": HOP, "nMels": N_MELS, "fMin": F_MIN, "fMax": F_MAX,
        "signal": [round(float(v), 8) for v in x],
        "magnitude": [[round(float(v), 6) for v in row] for row in magnitude],
        "filterbank": [[round(float(v), 8) for v in row] for row in weights],
        "logMel": [[round(float(v), 5) for v in row] for row in log_mel],
        "upsampled16k": [round(float(v), 6) for v in upsampled],
    }
    print(json.dumps(out, separators=(",", ":")))


if __name__ == "__main__":
    main()
