package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.LoopEffects;
import dev.jiffy.source.CodedPicture;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where in a preview's animation the picture changes much and where little, known before a frame is encoded: from
 * the sizes of the video's compressed pictures ({@link VideoFileClip#codedPictures}), which a demuxer reads without
 * decoding. Between keyframes a codec spends its bytes on what changed, as the GIF's frame deltas do, so the sizes
 * foresee where the GIF will cost more: the screencast's late changes, the animation's cut to a busy scene. A keyframe
 * counts at its size: the codecs of the shared clips (x264's scene cut, VP8) put one where the scene changes, which
 * costs the GIF a whole new picture too ({@code bench/studio.sh estimate}: counting keyframes at the median of the
 * other pictures instead left the estimate within 15 % after a quarter of the frames on 31 of 40 GIFs, against 34).
 */
final class CodedChange {
    /**
     * Each picture's size is replaced by the mean of the pictures within this many seconds of it (half before, half
     * after), which evens out the codec's own rhythm: H.264 spends 5 to 50 times more on a P picture than on the B
     * pictures between (the walking figure: 1-8 KB against 0.1-1 KB), which at 12 fps from 24-30 fps would make every
     * other GIF frame look busy. Over the 40 GIFs of {@code bench/studio.sh estimate}, within 15 % after a quarter /
     * half of the frames: no smoothing 34 / 39, 0.25 s 35 / 37, 0.5 s 34 / 37, 1 s 32 / 36, alike within what 40 GIFs
     * of 10 clips tell apart; the worst estimate after a quarter (the walking figure's) is 199 % over without it, 174 %
     * with 0.5 s.
     */
    static final double SMOOTHING_SECONDS = 0.5;

    /** Animation seconds at which each picture shows, ascending. */
    private final double[] times;
    /** The smoothed sizes of the pictures up to and including each one. */
    private final double[] cumulative;

    private CodedChange(double[] times, double[] cumulative) {
        this.times = times;
        this.cumulative = cumulative;
    }

    /**
     * The change of a GIF made of the video from {@code from} seconds on, played {@code speed} times faster, from its
     * coded pictures (by time).
     */
    static CodedChange of(List<CodedPicture> pictures, double from, double speed) {
        int n = pictures.size();
        double[] times = new double[n];
        double[] cumulative = new double[n];
        double sum = 0;
        int first = 0;
        int last = 0;
        double window = 0;
        for (int i = 0; i < n; i++) {
            double t = pictures.get(i).time();
            // the pictures within half the smoothing span on either side: a sliding window over the sorted times
            while (last < n && pictures.get(last).time() <= t + SMOOTHING_SECONDS / 2 + 1e-9) {
                window += pictures.get(last++).bytes();
            }
            while (pictures.get(first).time() < t - SMOOTHING_SECONDS / 2 - 1e-9) {
                window -= pictures.get(first++).bytes();
            }
            sum += window / (last - first);
            times[i] = (t - from) / speed;
            cumulative[i] = sum;
        }
        return new CodedChange(times, cumulative);
    }

    /**
     * The change a preview with {@code settings} of {@code video} will show, if it can be known cheaply: for a video
     * file whose decoder tells its pictures' sizes, and a GIF that plays its part of the video once, forwards (a
     * boomerang or a crossfade loop replays parts of it: the plain estimate serves them).
     */
    static Optional<CodedChange> of(Clip video, Settings settings) {
        if (!(video instanceof VideoFileClip file) || settings.effects().loop() != LoopEffects.Loop.PLAIN) {
            return Optional.empty();
        }
        List<CodedPicture> pictures = file.codedPictures(settings.from(), settings.to());
        return pictures.isEmpty() ? Optional.empty()
                : Optional.of(of(pictures, settings.from(), settings.speed()));
    }

    /** The change shown up to {@code seconds} into the animation: that of the pictures showing by then. */
    double upTo(double seconds) {
        int i = Arrays.binarySearch(times, seconds + 1e-9);
        int shown = i >= 0 ? i + 1 : -i - 1;
        return shown == 0 ? 0 : cumulative[shown - 1];
    }
}
