package dev.jiffy.clip;

import dev.jiffy.MediaException;
import dev.jiffy.MediaTooLargeException;
import dev.jiffy.gif.BrowserDelay;
import dev.jiffy.gif.GifTooLargeException;
import dev.jiffy.gif.IndexedGif;
import dev.jiffy.gif.format.GifFormatException;
import dev.jiffy.gif.format.LogicalScreen;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.GifFileName;
import dev.jiffy.render.GifRenderer;
import dev.jiffy.render.RenderResult;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.FrameTimes;
import dev.jiffy.time.Sampling;
import dev.jiffy.time.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An animated GIF as a clip: its frames composited as a viewer shows them (transparent pixels in the alpha channel),
 * each showing for its own delay. Written without a frame rate ({@link #writeGif(Path, GifExport)}), it keeps those
 * delays exactly ({@link #frameTimes()}); with one, it is sampled like any clip. Every transform works on it as on a
 * video. The images are decoded once when opened and held as palette indices; a frame is composited when asked for.
 */
public final class GifFileClip implements Clip {
    /** The share of the heap a GIF may be held in: the rest is for the render's own frames and the encoder. */
    private static final int HEAP_SHARE = 4;

    private final Path file;
    private final IndexedGif gif;
    private final Size size;
    private final FrameTimes times;

    private GifFileClip(Path file, IndexedGif gif, FrameTimes times) {
        this.file = file;
        this.gif = gif;
        this.size = new Size(gif.width(), gif.height());
        this.times = times;
    }

    /**
     * Whether {@code file} starts as a GIF does ("GIF87a" or "GIF89a"), whatever its name.
     *
     * @param file a file
     * @return true if its first bytes are a GIF signature; false if not, or if it cannot be read
     */
    public static boolean isGif(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return LogicalScreen.isSignature(in.readNBytes(LogicalScreen.SIGNATURE_LENGTH));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads an animated (or still) GIF, holding at most a quarter of the heap (its images as palette indices, one byte
     * a pixel; frames are composited when asked for).
     *
     * @param file the GIF
     * @return the clip
     * @throws MediaTooLargeException if holding it would take more than a quarter of the heap, saying how much heap
     *                                would do
     * @throws MediaException if the file is missing, unreadable, not a well-formed GIF or without frames
     */
    public static GifFileClip open(Path file) {
        return open(file, Runtime.getRuntime().maxMemory());
    }

    /** As {@link #open(Path)}, for a heap of {@code heapBytes}. */
    static GifFileClip open(Path file, long heapBytes) {
        Objects.requireNonNull(file, "file");
        IndexedGif gif;
        try {
            gif = IndexedGif.read(file, Math.max(1, heapBytes / HEAP_SHARE));
        } catch (NoSuchFileException e) {
            throw new MediaException("cannot read " + file + ": no such file");
        } catch (GifFormatException e) {
            throw new MediaException(file + " is not a GIF Jiffy can read: " + e.getMessage(), e);
        } catch (GifTooLargeException e) {
            if (!e.moreMemoryWouldHelp()) {
                // more heap cannot help: say so instead of advising -Xmx
                throw new MediaException(file + " is too large for Jiffy to read at any memory: " + e.getMessage(), e);
            }
            throw new MediaTooLargeException(file + " is too large for the memory Java was given: " + e.getMessage()
                    + " (a quarter of Java's " + (heapBytes >> 20) + " MB)", HEAP_SHARE * e.neededBytes(), e);
        } catch (IOException e) {
            throw new MediaException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (gif.frameCount() == 0) {
            throw new MediaException(file + " is a GIF without frames: there is nothing to show");
        }
        int[] delays = new int[gif.frameCount()];
        for (int i = 0; i < delays.length; i++) {
            // a frame shows for as long as browsers show it (0 and 1 cs as 10 cs)
            delays[i] = BrowserDelay.played(gif.delayCentiseconds(i));
        }
        return new GifFileClip(file, gif, FrameTimes.ofDelays(delays));
    }

    /**
     * As {@link #open(Path)}, with the file given by name.
     *
     * @param file the GIF's path
     * @return the clip
     */
    public static GifFileClip open(String file) {
        return open(Path.of(Objects.requireNonNull(file, "file")));
    }

    /**
     * The file read.
     *
     * @return its path
     */
    public Path file() {
        return file;
    }

    /**
     * When each frame starts and how long it shows, from the GIF's delays (0 and 1 cs read as the 10 cs browsers
     * show).
     *
     * @return the frames' own schedule
     */
    public FrameTimes frameTimes() {
        return times;
    }

    /**
     * How many times the GIF plays, as its NETSCAPE2.0 block says.
     *
     * @return 0 for forever, else the number of plays (1 when the GIF has no loop block)
     */
    public int loopCount() {
        return gif.loopCount();
    }

    /**
     * Whether any frame has transparent pixels.
     *
     * @return true if some pixel of some frame is not opaque
     */
    public boolean hasTransparency() {
        return gif.hasTransparency();
    }

    /**
     * Frames in the file.
     *
     * @return at least 1
     */
    public int frameCount() {
        return gif.frameCount();
    }

    @Override
    public double duration() {
        return times.duration();
    }

    @Override
    public Size size() {
        return size;
    }

    /**
     * The rate of the most common delay (10 cs: 10 fps), for sampling after a transform that changes time
     * (a boomerang, a size target); writing this clip itself keeps each frame's own delay.
     *
     * @return the rate, at most {@link Sampling#MAX_FPS}
     */
    @Override
    public Optional<FrameRate> fps() {
        int[] delays = new int[times.count()];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = (int) Math.round((times.endOf(i) - times.timeOf(i)) * 100);
        }
        int[] sorted = delays.clone();
        Arrays.sort(sorted);
        int best = sorted[0];
        int bestRun = 0;
        for (int i = 0, run = 0; i < sorted.length; i++) {
            run = i > 0 && sorted[i] == sorted[i - 1] ? run + 1 : 1;
            if (run > bestRun) {
                bestRun = run;
                best = sorted[i];
            }
        }
        FrameRate rate = new FrameRate(100, best);
        return Optional.of(rate.compareTo(Sampling.MAX_FPS) > 0 ? Sampling.MAX_FPS : rate);
    }

    @Override
    public Frame frame(double t) {
        return Frame.wrap(size.width(), size.height(), gif.frame(times.indexAt(Timeline.requireInClip(t, duration()))));
    }

    /**
     * Writes a GIF: on this GIF's own frame times (every delay kept) unless the export gives a rate, in which case it
     * is sampled at that rate as any clip is.
     *
     * @param file   the GIF to write, replaced if it exists (written to a temporary name, then moved)
     * @param export frame rate, palette, dithering, loop count and progress listener
     * @return what was written
     * @throws IllegalArgumentException  if the name promises another format
     * @throws dev.jiffy.OutputException if the file cannot be written
     * @throws dev.jiffy.CancelledException if the export's listener cancelled the render
     */
    @Override
    public RenderResult writeGif(Path file, GifExport export) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(export, "export");
        Path gif = GifFileName.require(file);
        if (export.fps().isPresent()) {
            return Clip.super.writeGif(gif, export);
        }
        return GifRenderer.render(this, times, gif, export);
    }

    /** "a.gif: 320x240, 40 frames over 3.20 s". */
    @Override
    public String toString() {
        return file + ": " + size + ", " + times;
    }
}
