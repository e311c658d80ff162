package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Resampling;
import dev.jiffy.image.Size;
import dev.jiffy.image.TimedFrames;
import dev.jiffy.render.FrameFiles;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.GifFileName;
import dev.jiffy.render.GifRenderer;
import dev.jiffy.render.RenderResult;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import dev.jiffy.time.Times;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A clip is a function of time: {@code t ↦ frame} for 0 ≤ t &lt; {@link #duration()}. Clips are immutable values;
 * every transform returns a new clip and nothing is decoded until a frame is asked for. Clips are safe to use from
 * several threads.
 *
 * <pre>{@code
 * try (VideoFileClip video = VideoFileClip.open("trailer.mp4")) {
 *     video.subclip("1:22.65", "1:23.2").resize(0.3).writeGif("use_your_head.gif");
 * }
 * }</pre>
 */
public interface Clip extends TimedFrames {

    /** Length in seconds. */
    @Override
    double duration();

    /** Size of every frame. */
    @Override
    Size size();

    /** The clip's own frame rate (a video's), used when writing without one; empty for clips made of stills. */
    Optional<FrameRate> fps();

    /**
     * The frame showing at time {@code t} seconds.
     *
     * @throws IllegalArgumentException if t is negative or past the end
     */
    @Override
    Frame frame(double t);

    /** When this clip begins inside a composite (seconds); 0 unless set with {@link #withStart}. */
    default double start() {
        return 0;
    }

    /** When this clip ends inside a composite: start + duration. */
    default double end() {
        return start() + duration();
    }

    /** Where this clip's top-left corner goes inside a composite; the top-left corner unless set. */
    default Position position() {
        return Position.TOP_LEFT;
    }

    default int width() {
        return size().width();
    }

    default int height() {
        return size().height();
    }

    // ---- time ----

    /**
     * The part between {@code start} and {@code end} seconds. Negative times count from the end
     * ({@code subclip(-2, -1)}); use {@link Times#ms} or {@link Times#hms} for MoviePy's (m, s) and (h, m, s) forms.
     */
    default Clip subclip(double start, double end) {
        return PlacedClip.carry(this, SubClip.of(this, start, end));
    }

    /** From {@code start} to the end. */
    default Clip subclip(double start) {
        return subclip(start, duration());
    }

    /** The part between two times written as "83.5", "1:22.65" or "01:01:22.65" (negative from the end). */
    default Clip subclip(String start, String end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return subclip(Times.parse(start), Times.parse(end));
    }

    /** Plays {@code factor} times faster (0.5 = half speed, twice as long). The frame rate is kept, as in MoviePy. */
    default Clip speed(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("speed factor must be a positive number, got " + factor);
        }
        double d = duration();
        return PlacedClip.carry(this, RetimedClip.of(this, d / factor, t -> Math.min(t * factor, d)));
    }

    /** The same frames, with {@code fps} as the rate to write at by default. */
    default Clip withFps(FrameRate fps) {
        Objects.requireNonNull(fps, "fps");
        return PlacedClip.carry(this, new FpsClip(this, fps));
    }

    /** The same frames, with {@code fps} as the rate to write at by default. */
    default Clip withFps(double fps) {
        return withFps(FrameRate.of(fps));
    }

    // ---- space ----

    /** Scales by {@code factor} (0.3 = 30 %), keeping the aspect ratio. */
    default Clip resize(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("resize factor must be positive, got " + factor);
        }
        return resize(new Size(scaled(width(), factor), scaled(height(), factor)));
    }

    /** Scales to {@code width} pixels wide, height following the aspect ratio. */
    default Clip resizeToWidth(int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        return resize(new Size(width, scaled(height(), (double) width / width())));
    }

    /** Scales to {@code height} pixels high, width following the aspect ratio. */
    default Clip resizeToHeight(int height) {
        if (height <= 0) {
            throw new IllegalArgumentException("height must be positive, got " + height);
        }
        return resize(new Size(scaled(width(), (double) height / height()), height));
    }

    /** Scales to exactly {@code size} with Lanczos resampling. */
    default Clip resize(Size size) {
        Objects.requireNonNull(size, "size");
        return resize(size, Resampling.LANCZOS3);
    }

    default Clip resize(Size size, Resampling filter) {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(filter, "filter");
        return PlacedClip.carry(this, ResizedClip.of(this, size, filter));
    }

    /** Keeps a region, given any of MoviePy's ways: {@code crop(Crop.region().x1(145).x2(400))}. */
    default Clip crop(Crop region) {
        Objects.requireNonNull(region, "region");
        return PlacedClip.carry(this, CroppedClip.of(this, region.resolve(size())));
    }

    /** Keeps the rectangle [x1, x2) × [y1, y2). */
    default Clip crop(int x1, int y1, int x2, int y2) {
        return crop(Crop.box(x1, y1, x2, y2));
    }

    // ---- attributes (each returns a new clip) ----

    /** This clip starting at {@code start} seconds inside a composite. */
    default Clip withStart(double start) {
        return PlacedClip.of(this, start, position());
    }

    /** This clip ending at {@code end} seconds inside a composite (its duration changes, its start does not). */
    default Clip withEnd(double end) {
        return withDuration(end - start());
    }

    /**
     * This clip lasting {@code duration} seconds: a still lasts that long; a video is cut to its first
     * {@code duration} seconds (to make it longer, use a loop or a freeze effect).
     */
    default Clip withDuration(double duration) {
        if (!(duration > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + Times.format(duration));
        }
        if (duration > duration() + dev.jiffy.time.Timeline.EPSILON) {
            throw new IllegalArgumentException("cannot make a " + Times.format(duration()) + " clip last "
                    + Times.format(duration) + "; loop it or freeze a frame to make it longer");
        }
        return subclip(0, Math.min(duration, duration()));
    }

    /** This clip with its top-left corner at (x, y) pixels inside a composite. */
    default Clip withPosition(int x, int y) {
        return withPosition(Position.at(x, y));
    }

    /** This clip placed inside a composite: {@code Position.CENTER}, anchors, fractions or a function of time. */
    default Clip withPosition(Position position) {
        Objects.requireNonNull(position, "position");
        return PlacedClip.of(this, start(), position);
    }

    /** This clip with a mask (opacities 0..1, same size) replacing its alpha channel (MoviePy's set_mask). */
    default Clip withMask(MaskClip mask) {
        Objects.requireNonNull(mask, "mask");
        return PlacedClip.carry(this, MaskedClip.of(this, mask));
    }

    /** This clip with a still mask. */
    default Clip withMask(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        return withMask(MaskClip.of(mask));
    }

    /** This clip's mask: its alpha channel (fully opaque for a plain video). */
    default MaskClip mask() {
        Clip clip = this;
        return new MaskClip() {
            @Override
            public double duration() {
                return clip.duration();
            }

            @Override
            public Size size() {
                return clip.size();
            }

            @Override
            public Mask mask(double t) {
                return Mask.fromAlpha(clip.frame(t));
            }
        };
    }

    /** This clip made see-through: its alpha multiplied by {@code opacity} (0..1). */
    default Clip withOpacity(double opacity) {
        return PlacedClip.carry(this, OpacityClip.constant(this, opacity));
    }

    /** Fades in from transparent over the first {@code seconds} (through the mask, for compositing). */
    default Clip crossfadeIn(double seconds) {
        double d = requireFade(seconds);
        return PlacedClip.carry(this, OpacityClip.varying(this, t -> t / d));
    }

    /** Fades out to transparent over the last {@code seconds} (through the mask, for compositing). */
    default Clip crossfadeOut(double seconds) {
        double d = requireFade(seconds);
        double total = duration();
        return PlacedClip.carry(this, OpacityClip.varying(this, t -> (total - t) / d));
    }

    private double requireFade(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("fade duration must be positive, got " + Times.format(seconds));
        }
        if (seconds > duration() + dev.jiffy.time.Timeline.EPSILON) {
            throw new IllegalArgumentException("a " + Times.format(seconds) + " fade is longer than the clip ("
                    + Times.format(duration()) + ")");
        }
        return seconds;
    }

    /** The frame at time t as a still clip with no duration yet (MoviePy's to_ImageClip); decoded once, when needed. */
    default Clip toImageClip(double t) {
        return ImageClip.snapshot(this, t);
    }

    /** The first frame as a still clip. */
    default Clip toImageClip() {
        return toImageClip(0);
    }

    // ---- composition of transforms ----

    /** Applies an effect: {@code clip.fx(MyEffects::timeSymmetrize)}. */
    default Clip fx(UnaryOperator<Clip> effect) {
        Objects.requireNonNull(effect, "effect");
        return PlacedClip.carry(this, effect.apply(this));
    }

    // ---- output ----

    /** Writes the frame at time {@code t} as an image (PNG, or JPEG/BMP by the file's extension). */
    default void saveFrame(double t, Path file) {
        FrameFiles.write(frame(t), file);
    }

    default void saveFrame(double t, String file) {
        saveFrame(t, Path.of(file));
    }

    /**
     * Plays this clip in a window, looping, and returns when the window is closed (MoviePy's preview): pause with space,
     * step with the arrow keys, click a pixel to print its position and colour, drag to print a crop, and tick "As GIF"
     * to see the colours after palette reduction. Needs {@code dev.jiffy:jiffy-preview} on the class path.
     *
     * @throws dev.jiffy.JiffyException if jiffy-preview is missing or there is no display
     */
    default void preview() {
        ClipPreviewer.find().preview(this, GifExport.defaults());
    }

    /** Writes an animated GIF at the clip's frame rate with default settings. */
    default RenderResult writeGif(Path file) {
        Objects.requireNonNull(file, "file");
        return writeGif(file, GifExport.defaults());
    }

    default RenderResult writeGif(String file) {
        Objects.requireNonNull(file, "file");
        return writeGif(Path.of(file));
    }

    /**
     * Writes an animated GIF: {@code writeGif("x.gif", GifExport.fps(15).withFuzz(3))}.
     *
     * @throws IllegalArgumentException if the name promises another format ({@code x.png}, {@code x.mp4})
     */
    default RenderResult writeGif(Path file, GifExport export) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(export, "export");
        Path gif = GifFileName.require(file);
        return GifRenderer.render(this, Sampling.of(export.fps(), fps(), duration()), gif, export);
    }

    default RenderResult writeGif(String file, GifExport export) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(export, "export");
        return writeGif(Path.of(file), export);
    }

    private static int scaled(int length, double factor) {
        return (int) Math.max(1, Math.round(length * factor));
    }
}
