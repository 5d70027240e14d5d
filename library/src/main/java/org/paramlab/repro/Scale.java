package org.paramlab.repro;

import java.util.Locale;
import java.util.Objects;

/**
 * How big an experiment runs: {@link #SMOKE} runs a notebook end to end in seconds (tests, CI),
 * {@link #FULL} is the reproduction.
 *
 * <p>The scale comes from the environment variable {@code PARAMLAB_SCALE} ({@code smoke} or {@code
 * full}); the lab launcher sets {@code full}, the test runner {@code smoke}. When it is unset the
 * scale is {@code full}. The {@code %scale} magic overrides it for the running kernel with {@link
 * #override(Scale)}. A notebook sizes everything with {@link #pick(Object, Object)}:
 *
 * <pre>{@code
 * int steps = Scale.pick(2_000, 32_000);
 * }</pre>
 */
public enum Scale {
    /** End-to-end in seconds: tiny sizes, for tests and CI. */
    SMOKE,
    /** The reproduction at laptop scale. */
    FULL;

    /** Name of the environment variable that selects the scale. */
    public static final String ENVIRONMENT_VARIABLE = "PARAMLAB_SCALE";

    private static volatile Scale override;

    /**
     * The scale in force: the {@linkplain #override(Scale) override} if one is set, else {@code
     * PARAMLAB_SCALE}, else {@link #FULL}.
     *
     * @throws IllegalArgumentException if {@code PARAMLAB_SCALE} holds something other than {@code
     *     smoke} or {@code full}
     */
    public static Scale current() {
        Scale forced = override;
        if (forced != null) {
            return forced;
        }
        String value = System.getenv(ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? FULL : parse(value);
    }

    /**
     * Parses {@code smoke} or {@code full}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException for any other text, naming the accepted values
     */
    public static Scale parse(String text) {
        Objects.requireNonNull(text, "text");
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "smoke" -> SMOKE;
            case "full" -> FULL;
            default ->
                    throw new IllegalArgumentException(
                            "Unknown scale '" + text + "'; use 'smoke' or 'full'.");
        };
    }

    /**
     * Forces the scale for this JVM (the kernel's {@code %scale} magic); {@code null} returns to
     * the environment's choice.
     */
    public static void override(Scale scale) {
        override = scale;
    }

    /** Returns {@code smoke} at {@link #SMOKE} scale and {@code full} at {@link #FULL} scale. */
    public static <T> T pick(T smoke, T full) {
        return current() == SMOKE ? smoke : full;
    }

    /** The {@code int} form of {@link #pick(Object, Object)}, so sizes need no boxing. */
    public static int pick(int smoke, int full) {
        return current() == SMOKE ? smoke : full;
    }

    /** The {@code long} form of {@link #pick(Object, Object)}. */
    public static long pick(long smoke, long full) {
        return current() == SMOKE ? smoke : full;
    }

    /** The {@code double} form of {@link #pick(Object, Object)}. */
    public static double pick(double smoke, double full) {
        return current() == SMOKE ? smoke : full;
    }

    /**
     * The lower-case name used in results files and the environment: {@code smoke} or {@code full}.
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
