package org.paramlab.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

class ImageRendererTest {

    @Test
    void imageRoundTripsThroughPngPixelForPixel() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        image.setRGB(2, 1, 0x00ff00);
        DisplayData out = new DisplayData();
        new ImageRenderer().render(image, out);

        byte[] png = Base64.getDecoder().decode((String) out.getData(MIMEType.IMAGE_PNG));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(3, read.getWidth());
        assertEquals(2, read.getHeight());
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(image.getRGB(x, y), read.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        assertEquals("Image 3x2", out.getData(MIMEType.TEXT_PLAIN));
    }
}
