package org.paramlab.hypercomplex;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.paramlab.viz.Charts;

/**
 * What {@link HamiltonToy} measured.
 *
 * @param config the settings
 * @param heldOutMse mean squared error on the held-out pairs
 * @param relativeError {@code ‖H − H*‖_F / ‖H*‖_F} of the learned weight
 * @param outsideSpan share of the learned rules' squared norm outside Hamilton's span
 * @param learned the learned {@code H}, row-major {@code (4q, 4q)}
 * @param target the hidden quaternion weight {@code H*}, row-major
 * @param trainLoss the training MSE per logged update
 */
public record HamiltonToyResult(
        HamiltonToyConfig config,
        double heldOutMse,
        double relativeError,
        double outsideSpan,
        float[] learned,
        float[] target,
        double[] trainLoss) {

    /**
     * The learned weight's entries against the hidden quaternion weight's: on the diagonal when the
     * layer has found the Hamilton product.
     */
    public XYChart entryChart() {
        XYChart chart =
                Charts.xy(
                        "Learned Σ Aᵢ⊗Sᵢ vs the quaternion weight, entry by entry",
                        "Hamilton-product weight H*",
                        "learned H");
        double[] x = new double[target.length];
        double[] y = new double[learned.length];
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = target[i];
            y[i] = learned[i];
            lo = Math.min(lo, x[i]);
            hi = Math.max(hi, x[i]);
        }
        XYSeries s = chart.addSeries("entries", x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYSeries diagonal = chart.addSeries("y = x", new double[] {lo, hi}, new double[] {lo, hi});
        diagonal.setMarker(SeriesMarkers.NONE);
        return chart;
    }
}
