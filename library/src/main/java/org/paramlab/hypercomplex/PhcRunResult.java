package org.paramlab.hypercomplex;

/**
 * One variant trained with one seed by {@link PhcImageStudy}.
 *
 * @param variant the variant's label
 * @param n the algebra's dimension
 * @param seed the run's seed
 * @param convParameters weights of the hypercomplex convolutions (stem and head excluded)
 * @param realConvParameters weights the same convolutions have when real
 * @param trainableParameters every trainable scalar of the network
 * @param testAccuracy accuracy on the test images
 * @param seconds wall time of training
 * @param finalLoss mean training loss over the last 5 % of updates
 */
public record PhcRunResult(
        String variant,
        int n,
        long seed,
        long convParameters,
        long realConvParameters,
        long trainableParameters,
        double testAccuracy,
        double seconds,
        double finalLoss) {
    /** {@code convParameters / realConvParameters}, which the paper puts at about 1/n. */
    public double parameterRatio() {
        return (double) convParameters / realConvParameters;
    }
}
