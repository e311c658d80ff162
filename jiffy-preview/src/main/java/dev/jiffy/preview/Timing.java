package dev.jiffy.preview;

import dev.jiffy.clip.Clip;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import java.util.Optional;

/**
 * The preview's frames: the clip sampled as the GIF would be ({@link Sampling}: the export's rate, else the clip's,
 * capped with a warning), or at {@link #FALLBACK_FPS} for a clip with no rate of its own.
 */
record Timing(Sampling sampling, boolean fpsGuessed) {
    /** MoviePy's preview rate for clips that have none of their own (made of stills or functions). */
    static final FrameRate FALLBACK_FPS = FrameRate.of(15);

    static Timing of(Clip clip, Optional<FrameRate> wanted) {
        Optional<FrameRate> chosen = wanted.or(clip::fps);
        return new Timing(Sampling.of(chosen.orElse(FALLBACK_FPS), clip.duration()), chosen.isEmpty());
    }

    FrameRate fps() {
        return sampling.fps();
    }

    double duration() {
        return sampling.duration();
    }

    int count() {
        return sampling.count();
    }

    /** When frame {@code index} starts, seconds. */
    double timeOf(int index) {
        return sampling.timeOf(index);
    }

    /** How long frame {@code index} shows (at least a millisecond, so playback always moves on). */
    double durationOf(int index) {
        return Math.max(sampling.durationOf(index), 1e-3);
    }

    /** How long frame {@code index} shows, in nanoseconds (the unit of the player's clock). */
    long nanosOf(int index) {
        return Math.round(durationOf(index) * 1e9);
    }
}
