package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.knowm.xchart.internal.chartpart.Chart;
import org.paramlab.viz.Charts;

import java.util.Base64;

/** Any XChart chart as a PNG, with its title and size as text. */
@SuppressWarnings("rawtypes")
public final class ChartRenderer implements ValueRenderer<Chart> {
    @Override
    public Class<Chart> type() {
        return Chart.class;
    }

    @Override
    public void render(Chart chart, DisplayData out) {
        @SuppressWarnings("unchecked")
        byte[] png = Charts.png((Chart<?, ?>) chart);
        out.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(png));
        String title =
                chart.getTitle() == null || chart.getTitle().isBlank()
                        ? "untitled"
                        : chart.getTitle();
        out.putText(
                chart.getClass().getSimpleName()
                        + " '"
                        + title
                        + "' ("
                        + chart.getWidth()
                        + "x"
                        + chart.getHeight()
                        + ")");
    }
}
