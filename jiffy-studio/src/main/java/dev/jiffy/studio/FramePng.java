package dev.jiffy.studio;

import dev.jiffy.image.Frame;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A frame as the PNG the page shows while scrubbing: lossless (the exact decoded frame), and not compressed. The page
 * and the server are on one machine, so bytes cost little and time is what the user waits for: on a 1280x720 frame of
 * real footage javax.imageio's default deflate level 4 took 491 ms median for 2.75 MB, level 1 355 ms for 2.74 MB,
 * level 0 (stored) 101 ms for 3.69 MB, against 72 ms for seeking and decoding it (bench/studio.sh, on the loaded
 * benchmark machine: the ratios are what count).
 */
final class FramePng {
    /** javax.imageio's PNG writer takes deflate level {@code 9 * (1 - quality)}: 1.0 is level 0, stored. */
    static final float QUICKEST = 1.0f;

    private FramePng() {
    }

    /** {@code frame} as a PNG with deflate level {@code 9 * (1 - quality)}. */
    static byte[] of(Frame frame, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image(frame), null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The frame as an image to write: without an alpha channel when every pixel is opaque (a video's frames), which
     * is a quarter less to filter, check and send.
     */
    private static BufferedImage image(Frame frame) {
        if (!frame.isOpaque()) {
            return frame.toImage();
        }
        BufferedImage rgb = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        // TYPE_INT_RGB reads the low 24 bits of each int: the ARGB pixels as they are
        int[] target = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        System.arraycopy(frame.toArgbArray(), 0, target, 0, target.length);
        return rgb;
    }
}
