/**
 * Sound as data: WAV files in and out, resampling, short-time Fourier transforms and log-mel
 * spectrograms on DJL arrays.
 *
 * <p>Clips are {@link org.paramlab.viz.AudioClip}s (mono float samples in [-1, 1] and a rate), the
 * type the kernel plays in a notebook. Start with {@link org.paramlab.audio.Wav} to read and write
 * files, {@link org.paramlab.audio.Resampler} to change the rate, {@link
 * org.paramlab.audio.AudioArrays} to move samples into an {@code NDArray}, and {@link
 * org.paramlab.audio.Spectrogram} for the features models train on ({@link org.paramlab.audio.Stft}
 * and {@link org.paramlab.audio.MelFilterbank} are its parts). Every array operation uses the
 * {@code NDManager} and device of its input.
 */
package org.paramlab.audio;
