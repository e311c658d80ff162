package dev.jiffy.render;

import dev.jiffy.gif.Dither;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifQuality;
import dev.jiffy.gif.PaletteMode;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a GIF: the frame rate to sample the clip at (the clip's own when unset), the encoder's options, and who
 * hears about progress. {@code GifExport.fps(15).withFuzz(3)} is MoviePy's {@code write_gif(fps=15, fuzz=3)}.
 *
 * @param fps      the rate to sample the clip at, or empty for the clip's own (rates above {@link #MAX_FPS} are capped,
 *                 with a warning to the listener)
 * @param gif      the encoder's options: palette, dithering, fuzz, lossy level, loop count
 * @param listener told about progress and warnings, and asked whether to cancel
 */
public record GifExport(Optional<FrameRate> fps, GifOptions gif, RenderListener listener) {

    /** Highest rate a GIF can show faithfully (see {@link Sampling#MAX_FPS}). */
    public static final FrameRate MAX_FPS = Sampling.MAX_FPS;

    /**
     * Checks that no component is null.
     *
     * @param fps      the rate, or empty for the clip's own
     * @param gif      the encoder's options
     * @param listener told about progress
     * @throws NullPointerException if a component is null
     */
    public GifExport {
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(gif, "gif");
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * The clip's own frame rate, {@link GifOptions#defaults()} and {@link RenderListener#DEFAULT} (warnings on standard
     * error, never cancels).
     *
     * @return the default export
     */
    public static GifExport defaults() {
        return new GifExport(Optional.empty(), GifOptions.defaults(), RenderListener.DEFAULT);
    }

    /**
     * At {@code fps} frames per second, otherwise the defaults: MoviePy's {@code write_gif(fps=15)}.
     *
     * @param fps frames per second, a positive number
     * @return the export
     * @throws IllegalArgumentException if {@code fps} is not a positive number
     */
    public static GifExport fps(double fps) {
        return defaults().withFps(fps);
    }

    /**
     * At an exact rate: {@code GifExport.fps(new FrameRate(30000, 1001))}.
     *
     * @param fps the exact rate
     * @return the export, otherwise the defaults
     */
    public static GifExport fps(FrameRate fps) {
        return defaults().withFps(fps);
    }

    /**
     * At the given rate, or the clip's own when empty: {@code GifExport.fps(clip.fps())} reads as MoviePy's
     * {@code write_gif(..., fps=clip.fps)}.
     *
     * @param fps the rate, or empty for the clip's own
     * @return the export, otherwise the defaults
     */
    public static GifExport fps(Optional<FrameRate> fps) {
        GifExport defaults = defaults();
        return new GifExport(fps, defaults.gif(), defaults.listener());
    }

    /**
     * This export at {@code fps} frames per second.
     *
     * @param fps frames per second, a positive number
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code fps} is not a positive number
     */
    public GifExport withFps(double fps) {
        return withFps(FrameRate.of(fps));
    }

    /**
     * This export at an exact rate.
     *
     * @param fps the rate
     * @return a copy with that change; this one is unchanged
     */
    public GifExport withFps(FrameRate fps) {
        return new GifExport(Optional.of(fps), gif, listener);
    }

    /**
     * Colour distance in percent under which a pixel counts as unchanged from the previous frame (MoviePy's fuzz).
     *
     * @param percent 0..100; 0 writes every change, higher values skip more small changes (smaller files, but moving
     *                edges may trail)
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code percent} is outside 0..100
     */
    public GifExport withFuzz(double percent) {
        return withGif(gif.withFuzzPercent(percent));
    }

    /**
     * 0 loops forever; n plays the animation n times.
     *
     * @param count 0 (forever) or the total number of plays, 1..65536
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code count} is out of range
     */
    public GifExport withLoop(int count) {
        return withGif(gif.withLoopCount(count));
    }

    /**
     * Quality 1..100 (default 80): sets the lossy level, palette size and palette mode as {@link GifQuality} maps
     * them, so call it before {@link #withColors} or {@link #withPalette} to change one of those after.
     *
     * @param quality 1 (smallest file) to 100 (best picture)
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code quality} is outside 1..100
     */
    public GifExport withQuality(int quality) {
        return withGif(gif.withQuality(quality));
    }

    /**
     * Which frames share a palette: one per frame, per scene, or one for the whole GIF.
     *
     * @param mode {@link PaletteMode#FRAME}, {@link PaletteMode#AUTO} or {@link PaletteMode#GLOBAL}
     * @return a copy with that change; this one is unchanged
     */
    public GifExport withPalette(PaletteMode mode) {
        return withGif(gif.withPalette(mode));
    }

    /**
     * At most {@code colors} colours in each palette: fewer colours, smaller file, more banding.
     *
     * @param colors 2..256
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code colors} is outside 2..256
     */
    public GifExport withColors(int colors) {
        return withGif(gif.withMaxColors(colors));
    }

    /**
     * How colours missing from the palette are approximated.
     *
     * @param dither the dithering method; see {@link Dither} for each one's look and cost
     * @return a copy with that change; this one is unchanged
     */
    public GifExport withDither(Dither dither) {
        return withGif(gif.withDither(dither));
    }

    /**
     * This export with all the encoder's options replaced.
     *
     * @param options the options, e.g. {@code GifOptions.defaults().withLossy(40)}
     * @return a copy with that change; this one is unchanged
     */
    public GifExport withGif(GifOptions options) {
        return new GifExport(fps, options, listener);
    }

    /**
     * This export reporting to {@code listener}.
     *
     * @param listener told about progress and warnings, and asked whether to cancel
     * @return a copy with that change; this one is unchanged
     */
    public GifExport withListener(RenderListener listener) {
        return new GifExport(fps, gif, listener);
    }
}
