package org.paramlab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The small classic tables scikit-learn ships (Debian {@code python3-sklearn}), with their column
 * names as scikit-learn documents them.
 */
public enum SklearnTable {
    /** Fisher's iris: 150 flowers, 4 measurements in cm, 3 species. */
    IRIS(
            "iris.csv",
            150,
            List.of("sepal length", "sepal width", "petal length", "petal width"),
            true),
    /** Wine: 178 wines, 13 chemical measurements, 3 cultivars. */
    WINE(
            "wine_data.csv",
            178,
            List.of(
                    "alcohol",
                    "malic_acid",
                    "ash",
                    "alcalinity_of_ash",
                    "magnesium",
                    "total_phenols",
                    "flavanoids",
                    "nonflavanoid_phenols",
                    "proanthocyanins",
                    "color_intensity",
                    "hue",
                    "od280/od315_of_diluted_wines",
                    "proline"),
            true),
    /** Wisconsin diagnostic breast cancer: 569 tumours, 30 features, malignant or benign. */
    BREAST_CANCER("breast_cancer.csv", 569, breastCancerFeatures(), true),
    /** Optical digits: 1,797 8×8 images with pixels 0–16, 10 classes. */
    DIGITS("digits.csv.gz", 1797, pixelNames(), true),
    /** Diabetes: 442 patients, 10 baseline variables, disease progression after a year. */
    DIABETES(
            "diabetes_data_raw.csv.gz",
            442,
            List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"),
            false);

    private final String file;
    private final int rows;
    private final List<String> features;
    private final boolean classification;

    SklearnTable(String file, int rows, List<String> features, boolean classification) {
        this.file = file;
        this.rows = rows;
        this.features = features;
        this.classification = classification;
    }

    /** The file name under scikit-learn's {@code datasets/data} folder. */
    public String file() {
        return file;
    }

    /** The number of rows of the table. */
    public int rows() {
        return rows;
    }

    /** The feature column names. */
    public List<String> features() {
        return features;
    }

    /** True for class targets, false for the regression target of {@link #DIABETES}. */
    public boolean classification() {
        return classification;
    }

    private static List<String> breastCancerFeatures() {
        List<String> names = new ArrayList<>();
        String[] measures = {
            "radius",
            "texture",
            "perimeter",
            "area",
            "smoothness",
            "compactness",
            "concavity",
            "concave points",
            "symmetry",
            "fractal dimension"
        };
        for (String statistic : new String[] {"mean", "error", "worst"}) {
            for (String m : measures) {
                names.add(statistic + " " + m);
            }
        }
        return List.copyOf(names);
    }

    private static List<String> pixelNames() {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        return List.copyOf(names);
    }
}
