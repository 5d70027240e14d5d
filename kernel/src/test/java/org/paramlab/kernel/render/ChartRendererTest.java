package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.paramlab.viz.Charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

class ChartRendererTest {
    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
    };

    @Test
    void xyChartIsAPngWithTitleAndSizeAsText() throws IOException {
        XYChart chart = Charts.xy("Loss", "step", "loss");
        Charts.line(chart, "train", new double[] {0, 1}, new double[] {1, 0.5});
        DisplayData out = new DisplayData();
        new ChartRenderer().render(chart, out);

        byte[] png = Base64.getDecoder().decode((String) out.getData(MIMEType.IMAGE_PNG));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
        assertEquals("XYChart 'Loss' (640x400)", out.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void untitledChartOfAnotherKindIsRendered() {
        var chart = new CategoryChartBuilder().width(300).height(200).build();
        chart.addSeries("counts", new double[] {1, 2}, new double[] {3, 4});
        DisplayData out = new DisplayData();
        new ChartRenderer().render(chart, out);
        assertEquals("CategoryChart 'untitled' (300x200)", out.getData(MIMEType.TEXT_PLAIN));
        byte[] png = Base64.getDecoder().decode((String) out.getData(MIMEType.IMAGE_PNG));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    }
}
