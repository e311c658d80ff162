package dev.jiffy.gif;

/**
 * The one quality knob, 1..100, mapped onto the encoder's options. From {@value #SHARED_PALETTES_BELOW} up: each
 * frame with its scene's palette where that serves it closely, else with a palette of its own (the truest colours; see
 * {@link PaletteMode#SCENE_OR_FRAME}), dithered only where its palette is finer than its colours vary (grain; see
 * {@link Dither#AUTO}), and lossy LZW rising as quality falls; 100 is lossless where the palette allows, with a
 * palette per frame, undithered. Below: palettes shared by scenes ({@link PaletteMode#AUTO}) and ordered
 * dithering, which change the fewest pixels from frame to frame and so cost far fewer bytes.
 * Below {@value #STEADIER_BELOW} the keep margin grows (changed pixels keep the colour on screen when it is nearly
 * as good), the lever that removes the most bytes for the least SSIM, and faster below {@value #STILLER_BELOW};
 * below {@value #SHARED_PALETTES_BELOW} fuzz grows (changes too small to plan) and the palette halves step by step
 * ({@link #maxColors}).
 *
 * <p>Below 100 the keep margin also grows with each region's noise ({@link GifOptions#noiseTolerance()}), so grainy
 * and noisy footage gets smaller as quality falls while clean animation is left as it was; at 100 frames that fit
 * their palette are written exactly.
 *
 * <p>Measured with {@code bench/pareto.sh} on 3 s cuts (400-480 px) of ten kinds of footage (3D animation, handheld
 * live action, foliage, a grainy 1940 film in colour and in grey, smoke and sparks, a screencast, cel animation, a
 * static camera), from FFmpeg's Lanczos-scaled frames, SSIM in RGB, Jiffy at qualities 100, 95, 90, 85, 80, 75, 70,
 * 65, 60, 50, 40 and 30; bytes Jiffy needs for gifski 1.7.1's default SSIM, over gifski's bytes (2026-12-07, with flat
 * areas held closer from 80 to 90, {@link #strictOnFlatAreas}; in brackets before it): grey film 0.74x (0.74x; 1.42x
 * before noise-aware keeping, when every quality from 100 to 50 wrote the same lossless 3.06 MB), smoke 0.73x
 * (0.748x), static camera 0.67x (0.69x), live action 0.69x (0.70x), screencast 0.56x (0.55x), cel 0.67x (0.67x),
 * foliage 0.68x (0.68x), the Big Buck Bunny sample 0.47x (0.47x), the colour film 0.70x (0.70x).
 * Bytes fall at every step from 100 to 30, the default is dominated by no setting of gifski, FFmpeg or gifsicle, and
 * quality 50 writes 0.27x to 0.59x the default's bytes since the palette halves below 75 ({@link #maxColors}; 0.35x
 * to 0.71x before). Of the two test patterns of {@code ../shared/media}, the SMPTE bars need 0.54x; the test card
 * 0.745x since frames' own palettes keep the exact colours leading flat areas ({@code Quantizer.LEADER_SHARE};
 * 0.81x before), and its qualities 70 to 60 are dominated by its 50: on its flat bars the wider margins of those
 * qualities keep colours a little off that 31 colours do not have.
 * The per-clip tables are in the README.
 */
public final class GifQuality {
    /** The quality {@link GifOptions#defaults()} corresponds to. */
    public static final int DEFAULT = 80;
    /** Below this quality frames share palettes. */
    static final int SHARED_PALETTES_BELOW = 75;
    /**
     * Lossy level added per quality step with a palette per frame (from 100): 15 at the default 80. Measured at quality
     * 80 and 90 (3 s cuts, SSIM in RGB, bytes at gifski's default SSIM): 0.4 per step gave 0.85x gifski's bytes on the
     * handheld live action (cockatoo), 0.91x on the grainy film, 0.61x on Big Buck Bunny; 0.75 gave 0.80x, 0.90x,
     * 0.61x; 1.0 gave 0.80x, 0.92x, 0.63x.
     */
    private static final double LOSSY_PER_STEP = 0.75;
    /** Lossy level added per quality step below {@link #SHARED_PALETTES_BELOW}. */
    private static final double SHARED_LOSSY_PER_STEP = 1.0;
    /** Below this quality the keep margin starts to grow. */
    private static final int STEADIER_BELOW = 90;
    /**
     * Keep margin added per quality step from {@link #STEADIER_BELOW} down to {@link #STILLER_BELOW}: 108 at the
     * default 80. Measured at quality 80 (with {@link PaletteMode#SCENE_OR_FRAME}, undithered) on the six clips of
     * the 2026-12-07 runs, against the plain margin 48: the grey film 958 kB / SSIM 0.9804 at 80 (noise 20), 916 kB /
     * 0.9776 at 108, 884 kB / 0.9748 at 120; the keep margin is the lever that costs the grey film the least SSIM per
     * byte (lossy 20 instead of 15: 892 kB / 0.9696). On smoke, the static camera and the bunny sample 108 lands on
     * or above the curve of the other settings (1.42 MB / 0.9506, 511 kB / 0.9507, 748 kB / 0.9508).
     */
    private static final int STEADIER_PER_STEP = 6;
    /** Below this quality the keep margin grows faster, with lossy LZW's own error. */
    private static final int STILLER_BELOW = 80;
    /**
     * Keep margin added per quality step below {@link #STILLER_BELOW}: 12. With 8, once the default got smaller
     * (undithered, scene-or-frame palettes, 2026-12-07), smoke's quality 50 wrote 0.61x the default's bytes (860 kB
     * against 1.415 MB), over the knob's 0.6x; with 12, 850 kB at SSIM 0.7783 (0.7834 with 8), on the curve. No effect
     * on the screencast (17.0 kB either way).
     */
    private static final int KEEP_MARGIN_PER_STEP = 12;
    /**
     * Fuzz added per quality step below {@link #SHARED_PALETTES_BELOW} ({@link GifOptions#fuzzPercent()}): 1 % at 50,
     * changes of about 2.5 levels on each channel; below 0.2 % (quality 70 and up) fuzz counts only identical colours.
     * A pixel within fuzz of what it stands for is not planned at all, so it neither widens the frame's rectangle nor
     * takes a palette colour, which the keep margin (decided after mapping) cannot do. Measured on the screencast
     * (JupyterLab, 3 s, 480 px) at quality 50, where the knob's range asks for 0.6x the default's bytes: 17.0 kB / SSIM
     * 0.9890 without, 14.4 kB / 0.9890 with 1 % (2 %: 14.3 kB / 0.9890); at 60 17.9 kB / 0.9950 against 14.8 kB /
     * 0.9950 with 1 %. On smoke (Tears of Steel) quality 50 with 1 % writes 839 kB / 0.7709 against 850 kB / 0.7783,
     * on the curve between quality 50 and 40.
     */
    private static final double FUZZ_PER_STEP = 0.04;
    /**
     * Below each of these qualities the palette halves: 256 colours from 75 up, 127 from 68 to 74, 63 from 60, 31
     * from 50, 15 from 30 and 7 below. The first halving is where frames start to share palettes
     * ({@value #SHARED_PALETTES_BELOW}), and a shared palette keeps one index of its table for transparency, so 2^k - 1
     * colours fill a table of 2^k entries and each halving makes every LZW code a bit shorter (the test card at 50: 31
     * colours 212,432 bytes, 32 colours, a table of 64, 218,473).
     *
     * <p>Measured on the twelve clips of {@code bench/pareto.sh} (2026-12-07, qualities 75 to 30 re-run from its
     * frames, SSIM in RGB). With all 256 colours down to 40, the test card's quality 50 wrote 0.71x the default's
     * bytes, over the knob's 0.6x: its colour bars scroll two pixels a frame, so every edge is rewritten at every
     * quality and wider keep margins had nothing left to hold still (quality 30 still wrote 0.66x). Halving the
     * palette instead: 0.585x. And fewer colours cost less fidelity per byte saved than wider margins: at the bytes
     * quality 60 now writes, SSIM lies above the old qualities' curve by 0.08 on smoke, 0.05 on the handheld live
     * action, 0.03 on the static camera and Big Buck Bunny 3D, 0.016 on cel animation and 0.006-0.011 on the colour
     * film and foliage; the Big Buck Bunny sample and the grey film lie on it (within 0.004 either side from 70 to
     * 50); the screencast and the two test patterns write fewer bytes than any old quality did. Quality 50 writes
     * 0.27x-0.59x the default's bytes (was 0.35x-0.71x). Halved once more below 40 (7 colours), the colour clip of
     * {@code GifQualityTest} fell under its fidelity floor at 35 and the test patterns posterized at 30 (SMPTE bars
     * SSIM 0.51), so 15 colours hold from 49 to 30 (SMPTE 0.81 at 30, the test card 0.91). The test card's bytes are
     * then flat from 45 to 30 (183,359, 183,363, 182,639, 181,801 at 45, 40, 35, 30: its scrolling edges are all
     * that changes, and they are rewritten at any margin).
     */
    private static final int[] PALETTE_HALVES_BELOW = {SHARED_PALETTES_BELOW, 68, 60, 50, 30};
    /**
     * Noise tolerance added per quality step below 100 (see {@link GifOptions#noiseTolerance()}). At quality 80, on the
     * handheld live action and the grey film (3 s, 480 and 400 px), 1 per step wrote 2.14 MB / SSIM 0.957 and 1.21 MB
     * / 0.984, 2 wrote 2.06 / 0.949 and 1.17 / 0.982, 3 wrote 1.99 / 0.941 and 1.13 / 0.979: all on one curve. On
     * smoke (Tears of Steel, 480 px; undithered, scene-or-frame palettes) the tolerance is the dearest lever: 40 at
     * quality 80 wrote 1.40 MB / SSIM 0.9458, 20 wrote 1.44 MB / 0.9553 (the same 3 % of bytes bought with lossy 20
     * cost 0.012 of SSIM), so 1 per step, and the keep margin ({@link #STEADIER_PER_STEP}) does the rest.
     */
    private static final double NOISE_PER_STEP = 1;
    /**
     * Noise tolerance added per quality step below {@link #STILLER_BELOW}, on top of {@link #NOISE_PER_STEP}: without
     * it quality 50 wrote 0.73x the default's bytes on the live action, where the knob's range asks for 0.6x at most;
     * with it (2 per step then, on top of 2), 0.58x. 3 keeps quality 50's tolerance near what it was (140, was 160).
     */
    private static final double STILLER_NOISE_PER_STEP = 3;

    private GifQuality() {
    }

    /**
     * The lossy level for a quality: 0 at 100, 15 at the default 80, 19 at 75, then 1 more per step: 44 at 50, 93 at 1.
     * It never falls as quality falls, so frames that fit their palette exactly (and so gain nothing from shared
     * palettes) still get smaller at every step.
     *
     * @param quality 1..100
     * @return the level for {@link GifOptions#withLossy}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int lossy(int quality) {
        check(quality);
        int atShared = (int) Math.round((100 - SHARED_PALETTES_BELOW) * LOSSY_PER_STEP);
        if (quality >= SHARED_PALETTES_BELOW) {
            return (int) Math.round((100 - quality) * LOSSY_PER_STEP);
        }
        return atShared + (int) Math.round((SHARED_PALETTES_BELOW - quality) * SHARED_LOSSY_PER_STEP);
    }

    /**
     * The keep margin for a quality ({@link GifOptions#keepMargin()}): 0 at 100, rising in proportion to
     * {@value GifOptions#DEFAULT_KEEP_MARGIN} at {@value #STEADIER_BELOW} (24 at 95), {@value #STEADIER_PER_STEP} more
     * per step down to 108 at {@value #STILLER_BELOW};
     * below, 12 more per step down, and from 74 down plus the error lossy LZW may add at that quality (its
     * {@link #lossy} level's budget): 168 at 75, 480 at 70, 1315 at 50, 4839 at 1. (With the budget from 79 down,
     * quality 75 on the foliage clip wrote 413 kB at SSIM 0.9268, more bytes and less fidelity than 70's 354 kB at
     * 0.9276; without it, 436 kB at 0.9303.)
     *
     * <p>Why 0 at 100: a margin holds a pixel's old colour while the source's noise changes, and SSIM counts noise on a
     * flat area as structure. On the test card (colour bars with H.264 noise, 3 s, 480 px) quality 100 with margin 48
     * fell from SSIM 0.996 in the first frame to 0.970-0.976 from the 13th on, 425,831 bytes / 0.9764 in all, never
     * reaching gifski's default (487,084 / 0.9834); with 16, 494,486 / 0.9824; with 0, 583,534 / 0.9853; quality 95
     * (24) 423,998 / 0.9833 (the full run of a9a2e41). Frames that fit their palette are written exactly at 100
     * either way, and the margin at 90 and below, where footage meets gifski's SSIM, is as before.
     *
     * <p>Why the lossy budget: a changed pixel whose displayed colour is within the error the quality already accepts
     * from the lossy encoder gains nothing worth its bytes by being written again. On the screencast (JupyterLab, 3 s,
     * 480 px) without it quality 50 wrote more than 60 and 0.77x the default's bytes; with it (and frames that fit few
     * colours written with the shared palette, without tables of their own) bytes fall at every step, to 0.46x the
     * default at 50 at the same SSIM as before (0.9893 against 0.9896). On the ten clips of {@code bench/pareto.sh}
     * quality 50 now writes 9-41 % fewer bytes than before; at equal bytes its SSIM is above the old curve on eight
     * clips (by up to 0.039 on the Big Buck Bunny sample), on it for the live action (within 0.003) and 0.004-0.007
     * below it on smoke and sparks.
     *
     * @param quality 1..100
     * @return the margin for {@link GifOptions#withKeepMargin}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int keepMargin(int quality) {
        check(quality);
        if (quality > STEADIER_BELOW) {
            return GifOptions.DEFAULT_KEEP_MARGIN * (100 - quality) / (100 - STEADIER_BELOW);
        }
        int steadier = GifOptions.DEFAULT_KEEP_MARGIN
                + (STEADIER_BELOW - Math.max(quality, STILLER_BELOW)) * STEADIER_PER_STEP;
        if (quality >= STILLER_BELOW) {
            return steadier;
        }
        int stiller = steadier + (STILLER_BELOW - quality) * KEEP_MARGIN_PER_STEP;
        return quality >= SHARED_PALETTES_BELOW ? stiller : stiller + FrameEncoder.lossyError(lossy(quality));
    }

    /**
     * The noise tolerance for a quality ({@link GifOptions#noiseTolerance()}): 0 at 100, {@value #NOISE_PER_STEP} more
     * per step down, and {@value #STILLER_NOISE_PER_STEP} more again below {@value #STILLER_BELOW}: 20 at the default
     * 80, 140 at 50, 336 at 1.
     *
     * @param quality 1..100
     * @return the tolerance for {@link GifOptions#withNoiseTolerance}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static double noiseTolerance(int quality) {
        check(quality);
        return (100 - quality) * NOISE_PER_STEP + Math.max(0, STILLER_BELOW - quality) * STILLER_NOISE_PER_STEP;
    }

    /**
     * Whether flat areas are held closer at a quality ({@link GifOptions#strictOnFlatAreas()}): from
     * {@value #STILLER_BELOW} to 99, where footage meets gifski's SSIM, a pixel on a flat area keeps its displayed
     * colour only within half the keep margin (but no less than half of {@value #STEADIER_BELOW}'s) and without the
     * noise tolerance, as no grain or texture hides it. (100 has neither margin nor tolerance.) Measured on the twelve clips of
     * {@code bench/pareto.sh} (2026-12-07, Jiffy's twelve qualities re-run from its frames; before → after): bytes at
     * gifski's default SSIM on the test card 0.88x → 0.81x, its default 353,495 bytes / SSIM 0.9645 → 363,077 /
     * 0.9778, no longer dominated by gifski's quality 70 (330,226 / 0.9713); Big Buck Bunny 0.51x → 0.50x, smoke
     * 0.748x → 0.730x, the static camera 0.69x → 0.67x, the live action 0.70x → 0.69x; the grey film 0.740x → 0.745x,
     * the screencast 0.554x → 0.557x, cel 0.666x → 0.668x; the other four within 0.002. Without the noise tolerance
     * alone (the whole margin): the test card 0.88x, its default 351,945 / 0.9711, still dominated.
     *
     * <p>Below {@value #STILLER_BELOW}, where the knob trades fidelity for bytes faster, flat areas are kept like any
     * other pixel. Held at 75 too, {@code GifQualityTest}'s synthetic screencast wrote more at 75 than at 80 (6,937
     * against 6,277 bytes: half of 75's margin no longer spans two steps of its button's slow fade, which its whole
     * margin does), for little on the real clips (the grey film 0.742x with it); held below 75, smoke's quality 50
     * wrote 0.603x the default's bytes, over the knob's 0.6x (0.586x as it is). Above {@value #STEADIER_BELOW}, up to
     * 99, flat areas lose the noise tolerance but keep a margin of at least half of 90's (see {@code Stabilizer}):
     * without the rule there the test card's 90 (410,111 / 0.9907) was smaller and truer than its 95 (423,556 /
     * 0.9892), the bars' noise read as noise held still at 95; with half of 95's margin, 95 (455,879 / 0.9934) was
     * truer than 100 (577,316 / 0.9933), which must stay the truest setting; with its whole margin 426,929 / 0.9911.
     * On the other eleven clips 95 then wrote 0.0-0.6 % more bytes for 0.00003-0.0007 more SSIM (2026-12-07), every
     * one above the chord from 90 to 100.
     *
     * @param quality 1..100
     * @return the flag for {@link GifOptions#withStrictOnFlatAreas}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static boolean strictOnFlatAreas(int quality) {
        check(quality);
        return quality >= STILLER_BELOW && quality < 100;
    }

    /**
     * The palette size for a quality: 256 from 75 up, then halved below 75, 68, 60, 50 and 30, one index of each
     * table kept for transparency: 127, 63, 31, 15 and 7 colours (see {@link #PALETTE_HALVES_BELOW}).
     *
     * @param quality 1..100
     * @return the size for {@link GifOptions#withMaxColors}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int maxColors(int quality) {
        check(quality);
        int colours = 256;
        for (int below : PALETTE_HALVES_BELOW) {
            if (quality < below) {
                colours /= 2;
            }
        }
        return colours == 256 ? colours : colours - 1;
    }

    /**
     * Which frames share a palette at a quality: one per frame at 100 (the truest colours), from
     * {@value #SHARED_PALETTES_BELOW} to 99 the scene's where it serves a frame closely, else the frame's own
     * ({@link PaletteMode#SCENE_OR_FRAME}), one per scene below ({@link PaletteMode#AUTO}).
     *
     * @param quality 1..100
     * @return the mode for {@link GifOptions#withPalette}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static PaletteMode palette(int quality) {
        check(quality);
        if (quality == 100) {
            return PaletteMode.FRAME;
        }
        return quality >= SHARED_PALETTES_BELOW ? PaletteMode.SCENE_OR_FRAME : PaletteMode.AUTO;
    }

    /**
     * The dither for a quality: none at 100, chosen per frame by content from {@value #SHARED_PALETTES_BELOW} to 99
     * ({@link Dither#AUTO}), ordered below. Ordered dithering's pattern is noise that the lossy LZW of lower qualities
     * smooths away; written losslessly it cost quality 100 both bytes and fidelity, so that quality 90 was smaller and
     * truer on both Big Buck Bunny cuts (sample: 1.21 MB at SSIM 0.9530 against 1.12 MB at 0.9561). Undithered,
     * quality 100 is the truest setting on every clip of {@code bench/pareto.sh} (0.9637 on the sample, see the
     * README's Benchmark section), and frames that fit their palette are exact either way. Nor does dithering make the
     * test card truer at 100 (2026-12-07, colour bars with moving clocks: 425,831 bytes / SSIM 0.9764 undithered,
     * 427,812 / 0.9745 ordered, 463,550 / 0.9756 Floyd-Steinberg, all with the keep margin of 48 it then had): its SSIM
     * fell from 0.996 in the first frame to 0.971 as that margin held the compression noise of the flat bars still,
     * which no dither changes (the margin is 0 at 100 now: {@link #keepMargin}).
     *
     * <p>From 75 to 99 neither none nor ordered wins everywhere (2026-12-07, 3 s cuts, quality 80 with scene-or-frame
     * palettes): undithered was smaller and truer on smoke, the static camera, live action, cel animation, foliage and
     * both Big Buck Bunny cuts, and dithered the screencast's default fell to SSIM 0.985 (0.997 undithered), dominated
     * by gifski; but ordered was smaller and truer on the colour film (976 kB / SSIM 0.9765 against 1.041 MB / 0.9757
     * undithered; bytes at gifski's SSIM 0.71x against 0.77x). {@link Dither#AUTO} takes both: it dithers a frame only
     * where its palette is finer than its colours vary (see {@code AutoRemapper}), every frame of the colour film and
     * no frame of those seven clips, whose bytes stay as they were.
     *
     * @param quality 1..100
     * @return the dither for {@link GifOptions#withDither}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static Dither dither(int quality) {
        check(quality);
        if (quality == 100) {
            return Dither.NONE;
        }
        return quality >= SHARED_PALETTES_BELOW ? Dither.AUTO : Dither.ORDERED;
    }

    /**
     * The fuzz for a quality ({@link GifOptions#fuzzPercent()}): 0 from {@value #SHARED_PALETTES_BELOW} up,
     * {@value #FUZZ_PER_STEP} % more per step below: 1 % at 50, 2.96 % at 1.
     *
     * @param quality 1..100
     * @return the percentage for {@link GifOptions#withFuzzPercent}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static double fuzzPercent(int quality) {
        check(quality);
        return Math.max(0, SHARED_PALETTES_BELOW - quality) * FUZZ_PER_STEP;
    }

    /**
     * {@code base} with the lossy level, palette size, palette mode, keep margin, noise tolerance, strictness on flat
     * areas, fuzz and dither for
     * {@code quality}; its other options (loop count, alpha threshold, threads) are kept. Bytes fall as quality falls.
     * To choose another dither or fuzz, set it after the quality.
     *
     * @param base    the options to start from
     * @param quality 1..100
     * @return a copy of {@code base} with those eight options set
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static GifOptions apply(GifOptions base, int quality) {
        return base.withLossy(lossy(quality)).withMaxColors(maxColors(quality)).withPalette(palette(quality))
                .withKeepMargin(keepMargin(quality)).withNoiseTolerance(noiseTolerance(quality))
                .withStrictOnFlatAreas(strictOnFlatAreas(quality))
                .withFuzzPercent(fuzzPercent(quality)).withDither(dither(quality));
    }

    private static void check(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality " + quality + " is out of range 1..100 (default " + DEFAULT
                    + ")");
        }
    }
}
