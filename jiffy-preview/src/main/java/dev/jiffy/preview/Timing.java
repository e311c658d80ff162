package dev.jiffy.preview;

import dev.jiffy.clip.Clip;
import dev.jiffy.render.GifExport;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Optional;

/**
 * The preview's frames: the clip sampled at the rate the GIF would be written at (the export's, else the clip's, at
 * most {@link GifExport#MAX_FPS}), through the one time-to-frame mapping of {@link Timeline}.
 */
record Timing(FrameRate fps, double duration, int count, boolean fpsGuessed) {
    /** MoviePy's preview rate for clips that have none of their own (made of stills or functions). */
    static final FrameRate FALLBACK_FPS = FrameRate.of(15);

    static Timing of(Clip clip, Optional<FrameRate> wanted) {
        double duration = clip.duration();
        if (Double.isInfinite(duration)) {
            throw new IllegalArgumentException("the clip never ends (a still picture without a duration): "
                    + "give it one with withDuration(seconds) to preview it");
        }
        Optional<FrameRate> chosen = wanted.or(clip::fps);
        FrameRate fps = rate(chosen.orElse(FALLBACK_FPS));
        return new Timing(fps, duration, Timeline.frameCount(duration, fps), chosen.isEmpty());
    }

    /**
     * The rate frames are shown at: the chosen one, at most what a GIF can show. The one place the preview applies the
     * sampling rule, so that it can follow the renderer's when that rule has a single home.
     */
    static FrameRate rate(FrameRate chosen) {
        return chosen.compareTo(GifExport.MAX_FPS) > 0 ? GifExport.MAX_FPS : chosen;
    }

    /** When frame {@code index} starts, seconds. */
    double timeOf(int index) {
        return fps.timeOf(index);
    }

    /** How long frame {@code index} shows: one period, or what is left of the clip for the last frame. */
    double durationOf(int index) {
        double end = index + 1 < count ? fps.timeOf(index + 1) : duration;
        return Math.max(end - fps.timeOf(index), 1e-3);
    }

    /** How long frame {@code index} shows, in nanoseconds (the unit of the player's clock). */
    long nanosOf(int index) {
        return Math.round(durationOf(index) * 1e9);
    }
}
