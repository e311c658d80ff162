package dev.jiffy.gif.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * A GIF as javax.imageio reads it, composited here from its sub-images, offsets and disposal methods: the
 * independent decoder that round-trip tests in every module compare Jiffy's output with.
 *
 * @param loopCount 0 = forever, else how many times it plays (1 when there is no NETSCAPE block)
 * @param frames    each frame as shown on the screen, ARGB, {@code width * height} pixels
 * @param delays    each frame's delay in centiseconds
 * @param disposals each frame's disposal method as in the GIF89a spec (0 unspecified, 1 keep, 2 background, 3 previous)
 */
public record ImageIoGif(int width, int height, int loopCount, List<int[]> frames, List<Integer> delays,
        List<Integer> disposals) {

    public static ImageIoGif readWithImageIo(Path gif) throws IOException {
        return readWithImageIo(Files.readAllBytes(gif));
    }

    public static ImageIoGif readWithImageIo(byte[] gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in, false);
            IIOMetadataNode screen = child((IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0"), "LogicalScreenDescriptor");
            int width = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
            int height = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
            int count = reader.getNumImages(true);
            int[] canvas = new int[width * height];
            List<int[]> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            List<Integer> disposals = new ArrayList<>();
            int loopCount = 1;
            int prevDisposal = 0;
            int[] prevRect = null;
            int[] saved = null;
            for (int i = 0; i < count; i++) {
                BufferedImage image = reader.read(i);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode desc = child(root, "ImageDescriptor");
                int left = Integer.parseInt(desc.getAttribute("imageLeftPosition"));
                int top = Integer.parseInt(desc.getAttribute("imageTopPosition"));
                IIOMetadataNode gce = child(root, "GraphicControlExtension");
                int disposal = 0;
                int delay = 0;
                if (gce != null) {
                    disposal = switch (gce.getAttribute("disposalMethod")) {
                        case "doNotDispose" -> 1;
                        case "restoreToBackgroundColor" -> 2;
                        case "restoreToPrevious" -> 3;
                        default -> 0;
                    };
                    delay = Integer.parseInt(gce.getAttribute("delayTime"));
                }
                IIOMetadataNode apps = child(root, "ApplicationExtensions");
                if (apps != null) {
                    for (Node n = apps.getFirstChild(); n != null; n = n.getNextSibling()) {
                        IIOMetadataNode app = (IIOMetadataNode) n;
                        if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
                            byte[] data = (byte[]) app.getUserObject();
                            int repeats = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                            loopCount = repeats == 0 ? 0 : repeats + 1;
                        }
                    }
                }
                if (prevDisposal == 2) {
                    // A sub-image may reach past the screen; only the part on the screen is cleared.
                    for (int y = prevRect[1]; y < Math.min(height, prevRect[1] + prevRect[3]); y++) {
                        for (int x = prevRect[0]; x < Math.min(width, prevRect[0] + prevRect[2]); x++) {
                            canvas[y * width + x] = 0;
                        }
                    }
                } else if (prevDisposal == 3 && saved != null) {
                    System.arraycopy(saved, 0, canvas, 0, canvas.length);
                }
                if (disposal == 3) {
                    saved = canvas.clone();
                }
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int argb = image.getRGB(x, y);
                        if ((argb >>> 24) != 0 && left + x < width && top + y < height) {
                            canvas[(top + y) * width + left + x] = argb;
                        }
                    }
                }
                frames.add(canvas.clone());
                delays.add(delay);
                disposals.add(disposal);
                prevDisposal = disposal;
                prevRect = new int[] {left, top, image.getWidth(), image.getHeight()};
            }
            reader.dispose();
            return new ImageIoGif(width, height, loopCount, frames, delays, disposals);
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (IIOMetadataNode) n;
            }
        }
        return null;
    }
}
