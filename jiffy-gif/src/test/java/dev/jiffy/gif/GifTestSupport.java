package dev.jiffy.gif;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Encoding helpers, an independent decoder built on javax.imageio, and image metrics. */
final class GifTestSupport {
    private GifTestSupport() {
    }

    /** Encodes frames with end times (i + 1) / fps. */
    static byte[] encode(int w, int h, GifOptions options, double fps, List<int[]> frames) {
        double[] ends = new double[frames.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = (i + 1) / fps;
        }
        return encode(w, h, options, frames, ends);
    }

    static byte[] encode(int w, int h, GifOptions options, List<int[]> frames, double[] ends) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GifWriter writer = GifWriter.create(bytes, w, h, options)) {
            for (int i = 0; i < frames.size(); i++) {
                writer.addFrame(frames.get(i), ends[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DecodedGif decode(byte[] gif) {
        try {
            return GifDecoder.read(new ByteArrayInputStream(gif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GIF as read by javax.imageio, composited here from its sub-images and metadata. */
    record ImageIoGif(int width, int height, int loopCount, List<int[]> frames, List<Integer> delays,
            List<Integer> disposals) {
    }

    static ImageIoGif readWithImageIo(byte[] gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
            ImageReader reader = readers.next();
            reader.setInput(in, false);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = child(stream, "LogicalScreenDescriptor");
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
                IIOMetadata meta = reader.getImageMetadata(i);
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_gif_image_1.0");
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
                    for (int y = prevRect[1]; y < prevRect[1] + prevRect[3]; y++) {
                        for (int x = prevRect[0]; x < prevRect[0] + prevRect[2]; x++) {
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

    /** PSNR in dB over the RGB channels of the pixels opaque in {@code source} (infinite if equal). */
    static double psnr(int[] source, int[] decoded) {
        double sum = 0;
        long n = 0;
        for (int p = 0; p < source.length; p++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = ((source[p] >>> shift) & 0xFF) - ((decoded[p] >>> shift) & 0xFF);
                sum += d * d;
                n++;
            }
        }
        double mse = sum / n;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    static int[] opaque(int[] argb) {
        int[] out = argb.clone();
        for (int p = 0; p < out.length; p++) {
            out[p] |= 0xFF000000;
        }
        return out;
    }

    static List<Integer> delays(DecodedGif gif) {
        List<Integer> d = new ArrayList<>();
        for (DecodedFrame f : gif.frames()) {
            d.add(f.delayCentiseconds());
        }
        return d;
    }
}
