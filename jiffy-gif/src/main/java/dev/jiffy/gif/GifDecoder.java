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
import dev.jiffy.gif.lzw.LzwDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a GIF (87a or 89a) into full composited frames: all blocks are parsed, unknown extensions skipped, interlaced
 * images de-interlaced, local or global palettes and transparency applied, and disposal methods 0..3 honoured
 * ("restore to background" clears to transparent, as browsers do). Intended for checking and testing output; it holds
 * every frame in memory.
 */
public final class GifDecoder {
    /**
     * Pixels a decoded GIF may hold by default, all frames together (each frame is a full canvas of 4-byte pixels):
     * 2^27, 512 MiB, which is 580 frames at 640x360 or 16 at 3840x2160. Its header is read before anything is
     * allocated, so a 53 KB file whose screen claims 30000x30000 is refused with a message instead of exhausting the
     * heap; {@link #read(Path, long)} takes another budget.
     */
    public static final long DEFAULT_MAX_PIXELS = 1L << 27;
    /** The largest Java array. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private GifDecoder() {
    }

    /**
     * Reads and decodes a GIF file.
     *
     * @param p the file
     * @return its frames, each composited onto the canvas as a viewer shows it, with delays and the loop count
     * @throws GifFormatException if the bytes are not a well-formed GIF, saying where
     * @throws IOException        if the file cannot be read
     */
    public static DecodedGif read(Path p) throws IOException {
        return read(p, DEFAULT_MAX_PIXELS);
    }

    /** Reads a GIF whose frames hold at most {@code maxPixels} pixels in all. */
    public static DecodedGif read(Path p, long maxPixels) throws IOException {
        Objects.requireNonNull(p, "path");
        return decode(Files.readAllBytes(p), budget(maxPixels));
    }

    /**
     * Reads a GIF from a stream to its end and decodes it; the stream is not closed.
     *
     * @param in the GIF's bytes
     * @return its frames, each composited onto the canvas as a viewer shows it, with delays and the loop count
     * @throws GifFormatException if the bytes are not a well-formed GIF, saying where
     * @throws IOException        if the stream cannot be read
     */
    public static DecodedGif read(InputStream in) throws IOException {
        return read(in, DEFAULT_MAX_PIXELS);
    }

    /** Reads a GIF whose frames hold at most {@code maxPixels} pixels in all. */
    public static DecodedGif read(InputStream in, long maxPixels) throws IOException {
        Objects.requireNonNull(in, "input stream");
        return decode(in.readAllBytes(), budget(maxPixels));
    }

    private static long budget(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel budget must be at least 1, got " + maxPixels);
        }
        return maxPixels;
    }

    private static DecodedGif decode(byte[] bytes, long maxPixels) throws IOException {
        ByteReader in = new ByteReader(bytes);
        LogicalScreen screen = LogicalScreen.read(in);
        int width = screen.width();
        int height = screen.height();
        if (width == 0 || height == 0) {
            throw new GifFormatException("bad GIF: logical screen is " + width + "x" + height
                    + "; expected both sides at least 1");
        }
        long screenPixels = (long) width * height;
        if (screenPixels > Math.min(maxPixels, MAX_ARRAY)) {
            throw new GifFormatException("GIF logical screen " + width + "x" + height + " is " + screenPixels
                    + " pixels, more than the decoder's budget of " + Math.min(maxPixels, MAX_ARRAY) + " pixels");
        }
        int[] globalTable = screen.globalTableSize() > 0
                ? ColorTable.read(in, screen.globalTableSize(), "the global colour table") : null;
        int[] canvas = new int[width * height];
        int[] saved = null;
        int loopCount = 1;
        List<DecodedFrame> frames = new ArrayList<>();
        GraphicControlExtension gce = null;
        // disposal of the previous frame, applied before the next one is drawn
        int prevDisposal = 0;
        int prevLeft = 0;
        int prevTop = 0;
        int prevWidth = 0;
        int prevHeight = 0;
        LzwDecoder lzw = new LzwDecoder();
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
                int frameIndex = frames.size();
                if (table == null) {
                    throw new GifFormatException("bad GIF: frame " + frameIndex + " at byte " + at
                            + " has no local colour table and the file has no global one");
                }
                int[] minCodeSize = new int[1];
                byte[] data = ImageData.read(in, minCodeSize);
                if ((long) d.width() * d.height() > Math.min(maxPixels, MAX_ARRAY)) {
                    throw new GifFormatException("GIF frame " + frameIndex + " at byte " + at + " is " + d.width() + "x"
                            + d.height() + ", more than the decoder's budget of " + Math.min(maxPixels, MAX_ARRAY)
                            + " pixels");
                }
                // the canvas, a copy saved for disposal, every frame so far, and this one
                if ((frameIndex + 3) * screenPixels > maxPixels) {
                    throw new GifFormatException("GIF of " + width + "x" + height + " has more than " + frameIndex
                            + " frames, more than the decoder's budget of " + maxPixels + " pixels holds");
                }
                int pixels = d.width() * d.height();
                byte[] indices = new byte[pixels];
                try {
                    lzw.decode(data, minCodeSize[0], indices, pixels);
                } catch (LzwDecoder.CorruptDataException e) {
                    throw new GifFormatException("corrupt image data in frame " + frameIndex + " at byte " + at + ": "
                            + e.getMessage());
                }
                // dispose the previous frame
                if (prevDisposal == GraphicControlExtension.DISPOSE_BACKGROUND) {
                    fill(canvas, width, height, prevLeft, prevTop, prevWidth, prevHeight);
                } else if (prevDisposal == GraphicControlExtension.DISPOSE_PREVIOUS && saved != null) {
                    System.arraycopy(saved, 0, canvas, 0, canvas.length);
                }
                int disposal = gce != null ? gce.disposal() : 0;
                if (disposal == GraphicControlExtension.DISPOSE_PREVIOUS) {
                    if (saved == null) {
                        saved = new int[canvas.length];
                    }
                    System.arraycopy(canvas, 0, saved, 0, canvas.length);
                }
                int transparent = gce != null ? gce.transparentIndex() : -1;
                draw(canvas, width, height, d, indices, table, transparent);
                frames.add(new DecodedFrame(canvas.clone(), gce != null ? gce.delayCentiseconds() : 0, disposal,
                        d.localTableSize() > 0));
                prevDisposal = disposal;
                prevLeft = d.left();
                prevTop = d.top();
                prevWidth = d.width();
                prevHeight = d.height();
                gce = null;
            } else {
                throw new GifFormatException(String.format(
                        "bad GIF at byte %d: expected an image (0x2C), an extension (0x21) or the trailer (0x3B) but found 0x%02X",
                        at, block));
            }
        }
        return new DecodedGif(width, height, loopCount, frames);
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

    private static void fill(int[] canvas, int cw, int ch, int left, int top, int w, int h) {
        int x0 = Math.min(left, cw);
        int x1 = Math.min(left + w, cw);
        int y1 = Math.min(top + h, ch);
        for (int y = top; y < y1; y++) {
            Arrays.fill(canvas, y * cw + x0, y * cw + x1, 0);
        }
    }

    private static void draw(int[] canvas, int cw, int ch, ImageDescriptor d, byte[] indices, int[] table,
            int transparent) {
        int w = d.width();
        int h = d.height();
        for (int row = 0; row < h; row++) {
            int y = d.top() + (d.interlaced() ? interlacedRow(row, h) : row);
            if (y >= ch) {
                continue;
            }
            int src = row * w;
            int dst = y * cw;
            for (int x = 0; x < w; x++) {
                int cx = d.left() + x;
                if (cx >= cw) {
                    break;
                }
                int idx = indices[src + x] & 0xFF;
                if (idx != transparent) {
                    // an index beyond the table is drawn black, as most decoders do
                    canvas[dst + cx] = idx < table.length ? table[idx] : 0xFF000000;
                }
            }
        }
    }

    /** The image row that the {@code n}-th stored row of an interlaced image belongs to. */
    private static int interlacedRow(int n, int h) {
        int pass1 = (h + 7) / 8;
        if (n < pass1) {
            return n * 8;
        }
        n -= pass1;
        int pass2 = (h + 3) / 8;
        if (n < pass2) {
            return n * 8 + 4;
        }
        n -= pass2;
        int pass3 = (h + 1) / 4;
        if (n < pass3) {
            return n * 4 + 2;
        }
        n -= pass3;
        return n * 2 + 1;
    }
}
