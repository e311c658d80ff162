package dev.jiffy.gif;

import dev.jiffy.gif.format.ByteReader;
import dev.jiffy.gif.format.ColorTable;
import dev.jiffy.gif.format.GifFormatException;
import dev.jiffy.gif.format.GraphicControlExtension;
import dev.jiffy.gif.format.ImageData;
import dev.jiffy.gif.format.ImageDescriptor;
import dev.jiffy.gif.format.LogicalScreen;
import dev.jiffy.gif.format.NetscapeLoopExtension;
import dev.jiffy.gif.format.Trailer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A GIF's blocks parsed, its images still compressed (no more memory than the file): enough to know what decoding it
 * would cost before any pixel is allocated, so that a reader can refuse it with the exact need.
 *
 * @param width     logical screen width, at least 1
 * @param height    logical screen height, at least 1
 * @param loopCount 0 = forever, N = played N times in total (no NETSCAPE2.0 block: 1)
 * @param frames    the images in order
 */
record GifStructure(int width, int height, int loopCount, List<EncodedFrame> frames) {
    /** The largest Java array. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    GifStructure {
        frames = List.copyOf(frames);
    }

    /** Pixels of the logical screen. */
    long screenPixels() {
        return (long) width * height;
    }

    /**
     * Parses every block of {@code bytes}.
     *
     * @throws GifFormatException if they are not a well-formed GIF
     */
    static GifStructure parse(byte[] bytes) throws GifFormatException, GifTooLargeException {
        ByteReader in = new ByteReader(bytes);
        LogicalScreen screen = LogicalScreen.read(in);
        int width = screen.width();
        int height = screen.height();
        if (width == 0 || height == 0) {
            throw new GifFormatException("bad GIF: logical screen is " + width + "x" + height
                    + "; expected both sides at least 1");
        }
        int[] globalTable = screen.globalTableSize() > 0
                ? ColorTable.read(in, screen.globalTableSize(), "the global colour table") : null;
        int loopCount = 1;
        List<EncodedFrame> frames = new ArrayList<>();
        GraphicControlExtension gce = null;
        while (true) {
            if (in.atEnd()) {
                throw new GifFormatException("truncated GIF at byte " + in.position()
                        + ": expected an image, an extension or the trailer (0x3B)");
            }
            int at = in.position();
            int block = in.u8("a block introducer");
            if (block == Trailer.BYTE) {
                break;
            } else if (block == GraphicControlExtension.INTRODUCER) {
                int label = in.u8("an extension label");
                if (label == GraphicControlExtension.LABEL) {
                    gce = GraphicControlExtension.read(in);
                } else if (label == NetscapeLoopExtension.LABEL) {
                    Integer loops = readApplicationExtension(in);
                    if (loops != null) {
                        loopCount = loops;
                    }
                } else {
                    in.skipSubBlocks("an extension");
                }
            } else if (block == ImageDescriptor.SEPARATOR) {
                ImageDescriptor d = ImageDescriptor.read(in);
                int[] table = d.localTableSize() > 0
                        ? ColorTable.read(in, d.localTableSize(), "a local colour table") : globalTable;
                if (table == null) {
                    throw new GifFormatException("bad GIF: frame " + frames.size() + " at byte " + at
                            + " has no local colour table and the file has no global one");
                }
                int[] minCodeSize = new int[1];
                byte[] data = ImageData.read(in, minCodeSize);
                frames.add(new EncodedFrame(d, table, gce != null ? gce.transparentIndex() : -1,
                        gce != null ? gce.disposal() : 0, gce != null ? gce.delayCentiseconds() : 0, data,
                        minCodeSize[0], at));
                gce = null;
            } else {
                throw new GifFormatException(String.format(
                        "bad GIF at byte %d: expected an image (0x2C), an extension (0x21) or the trailer (0x3B) but found 0x%02X",
                        at, block));
            }
        }
        return new GifStructure(width, height, loopCount, frames);
    }

    /**
     * Refuses a screen or an image of more than {@code maxPixels} pixels, or more than a Java array holds. Both are
     * said in pixels, and {@link GifTooLargeException}'s bytes are 4 a pixel (a decoded 0xAARRGGBB picture).
     *
     * @param maxPixels the decoder's budget; {@link #MAX_ARRAY} or more for no budget but Java's
     * @throws GifTooLargeException naming the screen or the frame, its size in pixels and the limit that applies
     */
    void requirePixels(long maxPixels) throws GifTooLargeException {
        long limit = Math.min(maxPixels, MAX_ARRAY);
        boolean budgetLimits = maxPixels < MAX_ARRAY;
        String beyond = maxPixels < MAX_ARRAY ? "the decoder's budget of " + limit + " pixels"
                : "a Java array holds (" + MAX_ARRAY + " pixels)";
        if (screenPixels() > limit) {
            throw new GifTooLargeException("GIF logical screen " + width + "x" + height + " is " + screenPixels()
                    + " pixels, more than " + beyond, 4 * screenPixels(), 4 * limit, budgetLimits);
        }
        for (int i = 0; i < frames.size(); i++) {
            EncodedFrame f = frames.get(i);
            if (f.pixels() > limit) {
                throw new GifTooLargeException("GIF frame " + i + " at byte " + f.at() + " is "
                        + f.descriptor().width() + "x" + f.descriptor().height() + ", " + f.pixels()
                        + " pixels, more than " + beyond, 4 * f.pixels(), 4 * limit, budgetLimits);
            }
        }
    }

    /** "GIF of 640x360 with 1 frame", for messages about the whole GIF. */
    String describe() {
        return "GIF of " + width + "x" + height + " with " + frames.size() + (frames.size() == 1 ? " frame" : " frames");
    }

    /** Returns the loop count of a NETSCAPE2.0/ANIMEXTS1.0 block, or null for any other application extension. */
    private static Integer readApplicationExtension(ByteReader in) throws GifFormatException {
        int size = in.u8("an application extension");
        byte[] id = in.bytes(size, "an application extension identifier");
        String ident = new String(id, StandardCharsets.ISO_8859_1);
        boolean loop = ident.equals(NetscapeLoopExtension.IDENTIFIER) || ident.equals("ANIMEXTS1.0");
        Integer result = null;
        int len;
        while ((len = in.u8("application extension data")) != 0) {
            byte[] sub = in.bytes(len, "application extension data");
            if (loop && result == null) {
                NetscapeLoopExtension ext = NetscapeLoopExtension.parse(sub);
                if (ext != null) {
                    result = ext.loopCount();
                }
            }
        }
        return result;
    }
}
