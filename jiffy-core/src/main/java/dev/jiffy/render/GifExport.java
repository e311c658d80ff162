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
 */
public record GifExport(Optional<FrameRate> fps, GifOptions gif, RenderListener listener) {

    /** Highest rate a GIF can show faithfully (see {@link Sampling#MAX_FPS}). */
    public static final FrameRate MAX_FPS = Sampling.MAX_FPS;

    public GifExport {
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(gif, "gif");
        Objects.requireNonNull(listener, "listener");
    }

    public static GifExport defaults() {
        return new GifExport(Optional.empty(), GifOptions.defaults(), RenderListener.DEFAULT);
    }

    public static GifExport fps(double fps) {
        return defaults().withFps(fps);
    }

    /** At an exact rate: {@code GifExport.fps(new FrameRate(30000, 1001))}. */
    public static GifExport fps(FrameRate fps) {
        return defaults().withFps(fps);
    }

    /**
     * At the given rate, or the clip's own when empty: {@code GifExport.fps(clip.fps())} reads as MoviePy's
     * {@code write_gif(..., fps=clip.fps)}.
     */
    public static GifExport fps(Optional<FrameRate> fps) {
        GifExport defaults = defaults();
        return new GifExport(fps, defaults.gif(), defaults.listener());
    }

    public GifExport withFps(double fps) {
        return withFps(FrameRate.of(fps));
    }

    public GifExport withFps(FrameRate fps) {
        return new GifExport(Optional.of(fps), gif, listener);
    }

    /** Colour distance in percent under which a pixel counts as unchanged from the previous frame (MoviePy's fuzz). */
    public GifExport withFuzz(double percent) {
        return withGif(gif.withFuzzPercent(percent));
    }

    /** 0 loops forever; n plays the animation n times. */
    public GifExport withLoop(int count) {
        return withGif(gif.withLoopCount(count));
    }

    /**
     * Quality 1..100 (default 80): sets the lossy level, palette size and palette mode as {@link GifQuality} maps
     * them, so call it before {@link #withColors} or {@link #withPalette} to change one of those after.
     */
    public GifExport withQuality(int quality) {
        return withGif(gif.withQuality(quality));
    }

    /** Which frames share a palette: one per frame, per scene, or one for the whole GIF. */
    public GifExport withPalette(PaletteMode mode) {
        return withGif(gif.withPalette(mode));
    }

    public GifExport withColors(int colors) {
        return withGif(gif.withMaxColors(colors));
    }

    public GifExport withDither(Dither dither) {
        return withGif(gif.withDither(dither));
    }

    public GifExport withGif(GifOptions options) {
        return new GifExport(fps, options, listener);
    }

    public GifExport withListener(RenderListener listener) {
        return new GifExport(fps, gif, listener);
    }
}
