package dev.jiffy.gif;

import dev.jiffy.gif.format.GifFormatException;
import dev.jiffy.gif.lzw.LzwDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a GIF (87a or 89a) into full composited frames: all blocks are parsed, unknown extensions skipped, interlaced
 * images de-interlaced, local or global palettes and transparency applied, and disposal methods 0..3 honoured
 * ("restore to background" clears to transparent, as browsers do). Intended for checking and testing output; it holds
 * every frame in memory, 4 bytes a pixel ({@link IndexedGif} holds a GIF in a quarter of that).
 */
public final class GifDecoder {
    /**
     * Pixels a decoded GIF may hold by default, all frames together (each frame is a full canvas of 4-byte pixels):
     * 2^27, 512 MiB, which is 580 frames at 640x360 or 16 at 3840x2160. Its header is read before anything is
     * allocated, so a 53 KB file whose screen claims 30000x30000 is refused with a message instead of exhausting the
     * heap; {@link #read(Path, long)} takes another budget.
     */
    public static final long DEFAULT_MAX_PIXELS = 1L << 27;

    private GifDecoder() {
    }

    /**
     * Reads and decodes a GIF file.
     *
     * @param p the file
     * @return its frames, each composited onto the canvas as a viewer shows it, with delays and the loop count
     * @throws GifFormatException if the bytes are not a well-formed GIF, saying where
     * @throws GifTooLargeException if its frames would hold more than {@link #DEFAULT_MAX_PIXELS} pixels
     * @throws IOException        if the file cannot be read
     */
    public static DecodedGif read(Path p) throws IOException {
        return read(p, DEFAULT_MAX_PIXELS);
    }

    /**
     * Reads a GIF whose frames hold at most {@code maxPixels} pixels in all.
     *
     * @param p         the file
     * @param maxPixels the pixel budget, all frames together, at least 1
     * @return its frames, each composited onto the canvas as a viewer shows it, with delays and the loop count
     * @throws GifFormatException if the bytes are not a well-formed GIF, saying where
     * @throws GifTooLargeException if its frames would hold more than {@code maxPixels} pixels
     * @throws IllegalArgumentException if {@code maxPixels} is below 1
     * @throws IOException        if the file cannot be read
     */
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
     * @throws GifTooLargeException if its frames would hold more than {@link #DEFAULT_MAX_PIXELS} pixels
     * @throws IOException        if the stream cannot be read
     */
    public static DecodedGif read(InputStream in) throws IOException {
        return read(in, DEFAULT_MAX_PIXELS);
    }

    /**
     * Reads a GIF whose frames hold at most {@code maxPixels} pixels in all.
     *
     * @param in        the GIF's bytes; read to the end, not closed
     * @param maxPixels the pixel budget, all frames together, at least 1
     * @return its frames, each composited onto the canvas as a viewer shows it, with delays and the loop count
     * @throws GifFormatException if the bytes are not a well-formed GIF, saying where
     * @throws GifTooLargeException if its frames would hold more than {@code maxPixels} pixels
     * @throws IllegalArgumentException if {@code maxPixels} is below 1
     * @throws IOException        if the stream cannot be read
     */
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
        GifStructure gif = GifStructure.parse(bytes);
        gif.requirePixels(maxPixels);
        // every frame, and the canvas they are drawn on
        long pixels = (gif.frames().size() + 1L) * gif.screenPixels();
        if (pixels > maxPixels) {
            throw new GifTooLargeException(gif.describe() + " is " + pixels + " pixels decoded, more than the decoder's"
                    + " budget of " + maxPixels + " pixels", 4 * pixels, 4 * maxPixels);
        }
        Compositor compositor = new Compositor(gif.width(), gif.height());
        LzwDecoder lzw = new LzwDecoder();
        List<DecodedFrame> frames = new ArrayList<>(gif.frames().size());
        for (int i = 0; i < gif.frames().size(); i++) {
            EncodedFrame encoded = gif.frames().get(i);
            int[] picture = new int[gif.width() * gif.height()];
            compositor.draw(encoded.decode(lzw, i), picture);
            frames.add(new DecodedFrame(picture, encoded.delay(), encoded.disposal(),
                    encoded.descriptor().localTableSize() > 0));
        }
        return new DecodedGif(gif.width(), gif.height(), gif.loopCount(), frames);
    }
}
