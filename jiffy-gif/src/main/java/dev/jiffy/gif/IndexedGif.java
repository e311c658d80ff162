package dev.jiffy.gif;

import dev.jiffy.gif.lzw.LzwDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An animated GIF held as its images' palette indices, one byte a pixel of each image's own rectangle, and composited
 * on demand: a quarter of the memory of holding every frame as 0xAARRGGBB ({@link GifDecoder}), less where images
 * cover only what changed. Any frame can be asked for, in any order, from any thread: a composited canvas is kept
 * every 16 frames, so a frame costs at most that many images drawn, and one asked for after
 * the one before costs one.
 */
public final class IndexedGif {
    /**
     * Frames between kept canvases: each costs 4 bytes a screen pixel, and reaching a frame backwards draws up to this
     * many images. Measured on 9 s, 480 px, 15 fps GIFs made by FFmpeg from three clips of ../shared/media (cockatoo,
     * football, screencast; 2 cores at load 25, so times are rough): held 29.7/22.2/18.8/16.8 MB at 4/8/16/32 for the
     * 480x270 ones (59.3 MB as 4-byte frames); frames in shuffled order 3-4/5-7/9-11/14-30 ms each; in order 1-3 ms
     * at any interval. Renderers ask in order, so 16: within 13 % of the least memory, a random frame about 10 ms.
     */
    static final int KEYFRAME_INTERVAL = 16;
    /** A tenth of a MiB, the precision of the sizes in messages. */
    private static final long TENTH_MB = (1L << 20) / 10;
    /** Canvases kept for readers going on where they stopped: the renderer's threads read a few frames at a time. */
    private static final int IDLE_CURSORS = 4;

    private final int width;
    private final int height;
    private final int loopCount;
    private final List<IndexedFrame> frames;
    private final int[][] keyframes;
    private final boolean transparent;
    private final long heldBytes;
    /** Compositors where a reader left them, the most recently used last. Guarded by itself. */
    private final ArrayDeque<Cursor> idle = new ArrayDeque<>();

    private IndexedGif(GifStructure gif, List<IndexedFrame> frames, long heldBytes) {
        this.width = gif.width();
        this.height = gif.height();
        this.loopCount = gif.loopCount();
        this.frames = List.copyOf(frames);
        this.heldBytes = heldBytes;
        this.keyframes = new int[(frames.size() + KEYFRAME_INTERVAL - 1) / KEYFRAME_INTERVAL][];
        Compositor compositor = new Compositor(width, height);
        int[] picture = new int[width * height];
        boolean anyTransparent = false;
        for (int i = 0; i < frames.size(); i++) {
            if (i % KEYFRAME_INTERVAL == 0) {
                keyframes[i / KEYFRAME_INTERVAL] = compositor.base();
            }
            if (anyTransparent) {
                compositor.skip(frames.get(i)); // the picture is only drawn to look for transparency
            } else {
                compositor.draw(frames.get(i), picture);
                anyTransparent = hasTransparency(picture);
            }
        }
        this.transparent = anyTransparent;
    }

    /**
     * Reads a GIF file, refusing it before decoding any image if holding it would take more than {@code maxBytes}.
     *
     * <p>The budget is what the GIF is held in once read. While it is read, the file's bytes and its images' LZW
     * data (the sub-blocks joined, about the file's size again) are held as well, outside the budget: about twice the
     * file, for the time of the call (the LZW decoder takes an image's data in one piece, so it is joined).
     *
     * @param file     the GIF
     * @param maxBytes the memory it may take: its images' indices, their local colour tables and the kept canvases
     * @return the GIF (a GIF without images has no frames)
     * @throws dev.jiffy.gif.format.GifFormatException if the bytes are not a well-formed GIF, saying where
     * @throws GifTooLargeException     if it would take more than {@code maxBytes}, saying what it would take
     * @throws IllegalArgumentException if {@code maxBytes} is below 1
     * @throws IOException              if the file cannot be read
     */
    public static IndexedGif read(Path file, long maxBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the memory budget must be at least 1 byte, got " + maxBytes);
        }
        GifStructure gif = GifStructure.parse(Files.readAllBytes(file));
        // what no Java array holds first: refused for the budget, a user would be told to give Java more memory, and
        // with it refused again for the array (a 65535x65535 screen in 256 MB was told -Xmx64g)
        gif.requirePixels(GifStructure.MAX_ARRAY);
        long need = bytesToHold(gif);
        if (need > maxBytes) {
            throw new GifTooLargeException(gif.describe() + " needs " + megabytesAtLeast(need) + " to hold (1 byte a"
                    + " pixel), more than the budget of " + megabytesAtMost(maxBytes), need, maxBytes);
        }
        LzwDecoder lzw = new LzwDecoder();
        List<IndexedFrame> frames = new ArrayList<>(gif.frames().size());
        for (int i = 0; i < gif.frames().size(); i++) {
            frames.add(gif.frames().get(i).decode(lzw, i));
        }
        return new IndexedGif(gif, frames, need);
    }

    /** Indices, local colour tables (a shared table once) and kept canvases. */
    private static long bytesToHold(GifStructure gif) {
        long bytes = 0;
        Map<int[], Boolean> tables = new IdentityHashMap<>();
        for (EncodedFrame f : gif.frames()) {
            bytes += f.pixels();
            if (tables.put(f.table(), Boolean.TRUE) == null) {
                bytes += 4L * f.table().length;
            }
        }
        long canvases = (gif.frames().size() + KEYFRAME_INTERVAL - 1) / KEYFRAME_INTERVAL;
        return bytes + canvases * 4 * gif.screenPixels();
    }

    /** "17.3 MB", rounded up to a tenth, in the units Java's -Xmx counts (MiB): a need is never said smaller. */
    private static String megabytesAtLeast(long bytes) {
        return tenthsOfMegabyte((bytes + TENTH_MB - 1) / TENTH_MB);
    }

    /** "17.2 MB", rounded down to a tenth: a budget is never said larger, so a need above it never reads the same. */
    private static String megabytesAtMost(long bytes) {
        return tenthsOfMegabyte(bytes / TENTH_MB);
    }

    private static String tenthsOfMegabyte(long tenths) {
        return tenths / 10 + "." + tenths % 10 + " MB";
    }

    /**
     * Logical screen width.
     *
     * @return pixels, at least 1
     */
    public int width() {
        return width;
    }

    /**
     * Logical screen height.
     *
     * @return pixels, at least 1
     */
    public int height() {
        return height;
    }

    /**
     * How many times the animation plays, as its NETSCAPE2.0 block says.
     *
     * @return 0 for forever, N for N plays in total (1 without a loop block)
     */
    public int loopCount() {
        return loopCount;
    }

    /**
     * The number of frames.
     *
     * @return 0 or more
     */
    public int frameCount() {
        return frames.size();
    }

    /**
     * A frame's delay as stored.
     *
     * @param frame the frame's number, from 0
     * @return centiseconds (0 if the frame has no graphic control extension)
     * @throws IndexOutOfBoundsException if there is no such frame
     */
    public int delayCentiseconds(int frame) {
        return frames.get(frame).delay();
    }

    /**
     * Whether some pixel of some composited frame is not opaque.
     *
     * @return true if the animation shows transparency anywhere
     */
    public boolean hasTransparency() {
        return transparent;
    }

    /**
     * The memory the GIF is held in: its images' indices, local colour tables and kept canvases.
     *
     * @return bytes
     */
    public long heldBytes() {
        return heldBytes;
    }

    /**
     * A frame as a viewer shows it: drawn onto what the frames before it left, their disposal methods honoured.
     *
     * @param frame the frame's number, from 0
     * @return a new array of {@code width() * height()} pixels, 0xAARRGGBB row-major; transparent pixels are 0
     * @throws IndexOutOfBoundsException if there is no such frame
     */
    public int[] frame(int frame) {
        Objects.checkIndex(frame, frames.size());
        Cursor cursor = take(frame);
        while (cursor.next < frame) {
            cursor.compositor.skip(frames.get(cursor.next++));
        }
        int[] picture = new int[width * height];
        cursor.compositor.draw(frames.get(frame), picture);
        cursor.next = frame + 1;
        synchronized (idle) {
            idle.addLast(cursor);
            if (idle.size() > IDLE_CURSORS) {
                idle.pollFirst();
            }
        }
        return picture;
    }

    /** The idle cursor closest before {@code frame}, else one at the kept canvas before it. */
    private Cursor take(int frame) {
        int key = frame / KEYFRAME_INTERVAL;
        Cursor reused = null;
        synchronized (idle) {
            Cursor best = null;
            for (Cursor c : idle) {
                if (c.next <= frame && (best == null || c.next > best.next)) {
                    best = c;
                }
            }
            if (best != null && best.next >= key * KEYFRAME_INTERVAL) {
                idle.remove(best);
                return best;
            }
            if (idle.size() >= IDLE_CURSORS) {
                reused = idle.pollFirst();
            }
        }
        Cursor cursor = reused != null ? reused : new Cursor(new Compositor(width, height));
        cursor.compositor.resumeFrom(keyframes[key]);
        cursor.next = key * KEYFRAME_INTERVAL;
        return cursor;
    }

    private static boolean hasTransparency(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** A compositor and the frame it would draw next. */
    private static final class Cursor {
        final Compositor compositor;
        int next;

        Cursor(Compositor compositor) {
            this.compositor = compositor;
        }
    }
}
