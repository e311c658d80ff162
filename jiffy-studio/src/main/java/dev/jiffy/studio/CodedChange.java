package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.LoopEffects;
import dev.jiffy.source.CodedPicture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Where in a preview's animation the picture changes much and where little, known before a frame is encoded: from
 * the sizes of the video's compressed pictures ({@link VideoFileClip#codedPictures}), which a demuxer reads without
 * decoding. Between keyframes a codec spends its bytes on what changed, as the GIF's frame deltas do, so the sizes
 * foresee where the GIF will cost more: the screencast's late changes, the animation's cut to a busy scene. A keyframe
 * counts at its size: the codecs of the shared clips (x264's scene cut, VP8) put one where the scene changes, which
 * costs the GIF a whole new picture too ({@code bench/studio.sh estimate}: counting keyframes at the median of the
 * other pictures instead left the estimate within 15 % after a quarter of the frames on 31 of 40 GIFs, against 34);
 * but not a keyframe that comes at the codec's regular interval ({@link #gopKeyframesDiscounted}), which the GIF does
 * not pay for.
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
    /**
     * How far, in the video's picture intervals, a keyframe's distance from the keyframe before it may be from the
     * selection's usual distance between keyframes for it to count as one the codec wrote at its regular interval (a
     * GOP keyframe) rather than at a cut. Keyframes of a regular GOP are the same number of pictures apart, so their
     * distances differ by rounding only; a cut comes between. Of the 40 GIFs of {@code bench/studio.sh estimate}, those
     * of the test pattern (a keyframe every 0.6 s) and of the film (every 1.17 s) hold three or more keyframes a window,
     * all regular; half a picture interval, one and two find the same.
     */
    static final double GOP_TOLERANCE_PICTURES = 1;

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
        double[] sizes = gopKeyframesDiscounted(pictures);
        for (int i = 0; i < n; i++) {
            double t = pictures.get(i).time();
            // the pictures within half the smoothing span on either side: a sliding window over the sorted times
            while (last < n && pictures.get(last).time() <= t + SMOOTHING_SECONDS / 2 + 1e-9) {
                window += sizes[last++];
            }
            while (pictures.get(first).time() < t - SMOOTHING_SECONDS / 2 - 1e-9) {
                window -= sizes[first++];
            }
            sum += window / (last - first);
            times[i] = (t - from) / speed;
            cumulative[i] = sum;
        }
        return new CodedChange(times, cumulative);
    }

    /**
     * The pictures' sizes, each keyframe that the codec wrote at its regular interval counted as a picture of the
     * median size of the others: a codec writes a keyframe whole every so many pictures (its GOP) however little
     * changed, so that a player can seek, and the GIF does not pay for it (the test pattern's keyframes every 0.6 s
     * cost its GIF nothing more than the pictures between), while a keyframe at a cut does. A keyframe counts as
     * regular when the selection holds three or more and its distance from the keyframe before (the first's: from the
     * one after) is the median distance between them, within {@value #GOP_TOLERANCE_PICTURES} picture interval: x264
     * starts its interval again at a cut, so the keyframe after a cut is regular and the cut is not. Over the 40 GIFs
     * of {@code bench/studio.sh estimate} (2026-12-07, a prototype over their written reports), within 15 % after a
     * quarter / half of the frames / from the first shown on, and the worst shown: 33 / 37 / 32 / 41 %, against 33 /
     * 37 / 31 / 41 % counting them at their size (the test pattern's first window at 320 px within 15 % from its
     * first estimate on; the film's estimates after a quarter 2-3 points closer on its first window, 3 points further
     * on its second, all within 4 %). Fewer than three keyframes tell no interval: each counts at its size.
     */
    private static double[] gopKeyframesDiscounted(List<CodedPicture> pictures) {
        int n = pictures.size();
        double[] sizes = new double[n];
        List<Integer> keyframes = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CodedPicture p = pictures.get(i);
            sizes[i] = p.bytes();
            if (p.keyframe()) {
                keyframes.add(i);
            } else {
                others.add((double) p.bytes());
            }
        }
        if (keyframes.size() < 3) {
            return sizes;
        }
        List<Double> distances = new ArrayList<>();
        for (int k = 1; k < keyframes.size(); k++) {
            distances.add(pictures.get(keyframes.get(k)).time() - pictures.get(keyframes.get(k - 1)).time());
        }
        List<Double> intervals = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            intervals.add(pictures.get(i).time() - pictures.get(i - 1).time());
        }
        double usual = median(distances);
        double tolerance = GOP_TOLERANCE_PICTURES * median(intervals);
        double fill = others.isEmpty() ? 0 : median(others);
        for (int k = 0; k < keyframes.size(); k++) {
            double distance = distances.get(Math.max(0, k - 1));
            if (Math.abs(distance - usual) <= tolerance) {
                sizes[keyframes.get(k)] = fill;
            }
        }
        return sizes;
    }

    /** The median of {@code values} (of an even count, the mean of the middle two); not empty. */
    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
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
