package org.paramlab.kernel.render;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

/** A {@link RenderedImage} (e.g. {@code BufferedImage}) as a PNG, with its size as text. */
public final class ImageRenderer implements ValueRenderer<RenderedImage> {
    @Override
    public Class<RenderedImage> type() {
        return RenderedImage.class;
    }

    @Override
    public void render(RenderedImage image, DisplayData out) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            out.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(png.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the image as PNG", e);
        }
        out.putText("Image " + image.getWidth() + "x" + image.getHeight());
    }
}
