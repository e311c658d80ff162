package dev.jiffy.preview;

import dev.jiffy.JiffyException;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifWriter;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A frame as a GIF viewer shows it: encoded by Jiffy's GIF writer with the chosen palette size and dithering, and
 * decoded again. Exactly what a one-frame GIF looks like; in an animation, fuzz may also keep a pixel of the
 * previous frame, which a single frame cannot show.
 */
final class GifLook {
    private GifLook() {
    }

    static BufferedImage of(BufferedImage source, GifOptions options) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] argb = source.getRGB(0, 0, w, h, null, 0, w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(w * h / 2 + 1024);
        DecodedGif gif;
        try {
            try (GifWriter writer = GifWriter.create(bytes, w, h, options.withLoopCount(1))) {
                writer.addFrame(argb, 1.0);
            }
            gif = GifDecoder.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            // in memory: only a bug in the encoder or decoder gets here
            throw new JiffyException("the GIF view of a " + w + "x" + h + " frame failed: " + e.getMessage(), e);
        }
        BufferedImage shown = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] target = ((DataBufferInt) shown.getRaster().getDataBuffer()).getData();
        System.arraycopy(gif.frames().get(0).argb(), 0, target, 0, target.length);
        return shown;
    }
}
