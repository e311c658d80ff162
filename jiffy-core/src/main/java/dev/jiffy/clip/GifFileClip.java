package dev.jiffy.clip;

import dev.jiffy.MediaException;
import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.format.GifFormatException;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An animated GIF as a clip: its frames composited as a viewer shows them (transparent pixels in the alpha channel),
 * each showing for its own delay. Written without a frame rate ({@link #writeGif(Path, GifExport)}), it keeps those
 * delays exactly ({@link #frameTimes()}); with one, it is sampled like any clip. Every transform works on it as on a
 * video. The frames are decoded once when opened and held in memory.
 */
public final class GifFileClip implements Clip {
    /**
     * Delays of 0 and 1 cs are played as 10 cs by browsers (and Chromium, Firefox and Safari agree), so that is what
     * such a frame is taken to show for.
     */
    static final int BROWSER_DELAY_FLOOR = 2;
    static final int BROWSER_DEFAULT_DELAY = 10;

    private final Path file;
    private final Size size;
    private final List<Frame> frames;
    private final FrameTimes times;
    private final int loopCount;
    private final boolean transparent;

    private GifFileClip(Path file, Size size, List<Frame> frames, FrameTimes times, int loopCount,
            boolean transparent) {
        this.file = file;
        this.size = size;
        this.frames = frames;
        this.times = times;
        this.loopCount = loopCount;
        this.transparent = transparent;
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
            byte[] head = in.readNBytes(6);
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return s.equals("GIF87a") || s.equals("GIF89a");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads an animated (or still) GIF, holding at most a quarter of the heap in decoded pixels.
     *
     * @param file the GIF
     * @return the clip
     * @throws MediaException if the file is missing, unreadable, not a well-formed GIF, or too big to hold
     */
    public static GifFileClip open(Path file) {
        Objects.requireNonNull(file, "file");
        // 4 bytes a pixel, a quarter of the heap: the rest is for the render's own frames and the encoder
        long budget = Math.max(1, Math.min(GifDecoder.DEFAULT_MAX_PIXELS, Runtime.getRuntime().maxMemory() / 16));
        DecodedGif gif;
        try {
            gif = GifDecoder.read(file, budget);
        } catch (NoSuchFileException e) {
            throw new MediaException("cannot read " + file + ": no such file");
        } catch (GifFormatException e) {
            throw new MediaException(file + " is not a GIF Jiffy can read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MediaException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (gif.frames().isEmpty()) {
            throw new MediaException(file + " is a GIF without frames: there is nothing to show");
        }
        Size size = new Size(gif.width(), gif.height());
        Frame[] frames = new Frame[gif.frames().size()];
        int[] delays = new int[frames.length];
        boolean transparent = false;
        for (int i = 0; i < frames.length; i++) {
            DecodedFrame f = gif.frames().get(i);
            frames[i] = Frame.wrap(gif.width(), gif.height(), f.argb());
            delays[i] = f.delayCentiseconds() < BROWSER_DELAY_FLOOR ? BROWSER_DEFAULT_DELAY : f.delayCentiseconds();
            transparent |= hasTransparency(f.argb());
        }
        return new GifFileClip(file, size, List.of(frames), FrameTimes.ofDelays(delays), gif.loopCount(),
                transparent);
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

    private static boolean hasTransparency(int[] argb) {
        for (int p : argb) {
            if (p >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
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
        return loopCount;
    }

    /**
     * Whether any frame has transparent pixels.
     *
     * @return true if some pixel of some frame is not opaque
     */
    public boolean hasTransparency() {
        return transparent;
    }

    /**
     * Frames in the file.
     *
     * @return at least 1
     */
    public int frameCount() {
        return frames.size();
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
        return frames.get(times.indexAt(Timeline.requireInClip(t, duration())));
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
