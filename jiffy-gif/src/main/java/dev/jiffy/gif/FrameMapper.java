package dev.jiffy.gif;

import dev.jiffy.gif.dither.AutoRemapper;
import dev.jiffy.gif.dither.DiffusionKernel;
import dev.jiffy.gif.dither.ErrorDiffusionRemapper;
import dev.jiffy.gif.dither.NearestRemapper;
import dev.jiffy.gif.dither.OrderedRemapper;
import dev.jiffy.gif.dither.Region;
import dev.jiffy.gif.dither.Remapper;
import dev.jiffy.gif.format.ColorTable;
import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.quantize.ColorHistogram;
import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.ColorRuns;
import dev.jiffy.gif.quantize.ExactColors;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;
import dev.jiffy.gif.quantize.Quantizer;

/**
 * Chooses a frame's palette and maps its planned pixels to it: exactly when they have few enough colours (no
 * dithering: lossless), else the palette shared with other frames if there is one (see {@link PaletteMode}), else a
 * fresh palette for the written pixels (median cut + k-means); then a remap with the chosen dither. Depends only on
 * the frame, the plan, the shared palette and the options, never on the screen, so frames are mapped in parallel
 * (see {@link MapStage}). Not thread-safe: one per thread.
 */
final class FrameMapper {
    private static final int KMEANS_ITERATIONS = 3;
    /**
     * With {@link PaletteMode#SCENE_OR_FRAME}, the largest mean error (ColorMetric units, over the pixels a frame
     * writes) at which the frame takes its scene's palette rather than one of its own: 50, about 2.7 levels on each
     * channel. Measured per frame at quality 80 on the 3 s cuts of {@code bench/pareto.sh}: the static camera 25-65,
     * the grey film 1-3, the screencast 0-19, smoke 17-48 (132-185 after its cut), cel animation 42-89, the Big Buck
     * Bunny sample 81-212. Where the scene's palette serves that closely, still areas keep their colours from frame to
     * frame and bytes fall (static camera, at quality 80 and 85: 7-10 % fewer bytes and a higher SSIM than a palette
     * per frame); where it does not, a palette of the frame's own is truer for its bytes (the sample with the scene's
     * palette at quality 85: 785 kB at SSIM 0.947, with its own at 80: 773 kB at 0.949).
     */
    static final int SCENE_PALETTE_ERROR = 50;
    /**
     * With {@link PaletteMode#SCENE_OR_FRAME}, how near (ColorMetric units) the scene's palette must hold every colour
     * of a frame that fits a palette exactly for the frame to take it: 28, 2 levels on each channel, where
     * {@link PaletteMode#AUTO} accepts the keep margin. On the grey film (every frame fits 256 greys; quality 80) 28
     * gave what the keep margin (108) gave, 916 kB at SSIM 0.9776, and 7 lost all of it, 1.00 MB at 0.9779: with the
     * scene's palette a frame needs no colour table of its own and its grain is compressed like any other frame's.
     */
    static final int SCENE_COLOUR_MARGIN = 28;

    private final int width;
    private final GifOptions options;
    private final ExactColors exact = new ExactColors();
    /** With leading colours: a frame's own palette keeps a flat area's exact colour (see {@code Quantizer.LEADER_SHARE}). */
    private final ColorHistogram histogram = new ColorHistogram(true);
    private final Quantizer quantizer = new Quantizer(KMEANS_ITERATIONS);
    /** Lookups in the frame's own palette: built anew for each one. */
    private final NearestColor ownSearch = new NearestColor();
    /**
     * Lookups in the shared palette, apart from {@link #ownSearch}: a frozen palette's lookups stay valid from frame to
     * frame, also across frames that take palettes of their own (with {@link PaletteMode#SCENE_OR_FRAME} on Big Buck
     * Bunny, most of them), so each scene's palette is worked out once per mapper rather than once per frame.
     */
    private final NearestColor sharedSearch = new NearestColor();
    private final Remapper remapper;
    private boolean lastExact;
    /** Per exact colour (see {@link #nearShared}), the index of its nearest shared palette colour. */
    private final int[] toShared = new int[256];

    FrameMapper(int width, GifOptions options) {
        this.width = width;
        this.options = options;
        this.remapper = switch (options.dither()) {
            case NONE -> new NearestRemapper();
            case ORDERED -> new OrderedRemapper();
            case FLOYD_STEINBERG -> new ErrorDiffusionRemapper(DiffusionKernel.FLOYD_STEINBERG, 16);
            case AUTO -> new AutoRemapper();
        };
    }

    /**
     * Chooses the frame's palette and maps its written pixels into {@code indices} (may widen the frame's plan, see
     * below).
     *
     * @param indices receives one index per plan-rectangle pixel (written pixels only); at least the rectangle's size,
     *                its contents do not matter
     */
    MappedFrame map(PlannedFrame frame, byte[] indices) {
        Palette palette = new Palette();
        int transparent = map(frame.argb(), frame.plan(), frame.first(), frame.shared(), palette, indices);
        return new MappedFrame(frame, palette, indices, transparent, lastExact);
    }

    /**
     * Fills {@code palette} and the masked entries of {@code indices} (one per plan rectangle pixel); may mark the
     * whole rectangle written (see {@link FramePlan#writeAll()}).
     *
     * @param shared a frozen palette shared with other frames, or null for a palette of the frame's own
     * @return the transparent index, or -1 if the frame has none
     */
    private int map(int[] frame, FramePlan plan, boolean first, Palette shared, Palette palette, byte[] indices) {
        int rw = plan.width();
        int rh = plan.height();
        byte[] mask = plan.mask();
        int maxColors = options.maxColors();
        // 1. few colours: exact palette, no dithering (lossless). With lossy settings a later frame always leaves room
        // for the transparent index: without it nothing can be kept still, and 256-grey film would be written whole
        // in every frame at any quality
        int exactColours = options.lossy() > 0 && !first ? Math.min(maxColors, 255) : maxColors;
        exact.reset(exactColours);
        boolean fits = collectExact(frame, plan, false);
        if (fits && exact.count() + (plan.unwritten() > 0 ? 1 : 0) > 256) {
            // 256 colours plus pixels left out: write the whole rectangle instead if it is opaque and still fits
            fits = false;
            if (rectOpaque(frame, plan)) {
                exact.reset(exactColours);
                if (collectExact(frame, plan, true)) {
                    plan.writeAll();
                    fits = true;
                }
            }
        }
        boolean wantTransparent = plan.unwritten() > 0 || !first;
        lastExact = fits;
        if (fits) {
            exact.toPalette(palette);
            if (shared != null && options.lossy() > 0 && nearShared(palette, shared)) {
                // the shared palette already holds these colours within the keep margin: written with it, the frame
                // needs no colour table of its own (up to 768 bytes, a frame's whole cost when little changes); the
                // first frame too, so that the shared palette becomes the global table
                lastExact = false;
                palette.copyFrom(shared);
                for (int row = 0; row < rh; row++) {
                    int p = (plan.y() + row) * width + plan.x();
                    int o = row * rw;
                    for (int i = 0; i < rw; i++) {
                        if (mask[o + i] != 0) {
                            indices[o + i] = (byte) toShared[exact.indexOf(frame[p + i])];
                        }
                    }
                }
                return wantTransparent ? palette.size() : -1;
            }
            for (int row = 0; row < rh; row++) {
                int p = (plan.y() + row) * width + plan.x();
                int o = row * rw;
                for (int i = 0; i < rw; i++) {
                    if (mask[o + i] != 0) {
                        indices[o + i] = (byte) exact.indexOf(frame[p + i]);
                    }
                }
            }
            return wantTransparent && palette.size() < 256 ? palette.size() : -1;
        }
        Region region = new Region(frame, width, plan.x(), plan.y(), rw, rh, mask);
        // 2. the shared palette: it always leaves room for a transparent index
        boolean useShared = shared != null;
        boolean gathered = false;
        if (useShared && options.palette() == PaletteMode.SCENE_OR_FRAME) {
            fillHistogram(frame, plan);
            gathered = true;
            useShared = histogram.meanErrorAtMost(shared, sharedSearch, SCENE_PALETTE_ERROR);
        }
        if (useShared) {
            palette.copyFrom(shared);
            sharedSearch.setPalette(shared);
            remapper.remap(region, shared, sharedSearch, indices);
            return wantTransparent ? palette.size() : -1;
        }
        // 3. quantize the written pixels
        int colours = wantTransparent ? Math.min(maxColors, 255) : maxColors;
        if (!gathered) {
            fillHistogram(frame, plan);
        }
        quantizer.quantize(histogram, colours, palette);
        ownSearch.setPalette(palette);
        remapper.remap(region, palette, ownSearch, indices);
        return wantTransparent ? palette.size() : -1;
    }

    /** The colours of the pixels a frame writes, into {@link #histogram}. */
    private void fillHistogram(int[] frame, FramePlan plan) {
        int rw = plan.width();
        int rh = plan.height();
        byte[] mask = plan.mask();
        histogram.clear();
        ColorRuns runs = new ColorRuns(histogram);
        for (int row = 0; row < rh; row++) {
            int p = (plan.y() + row) * width + plan.x();
            int o = row * rw;
            for (int i = 0; i < rw; i++) {
                if (mask[o + i] != 0) {
                    runs.add(frame[p + i]);
                }
            }
        }
        runs.end();
    }

    /**
     * Whether every one of a frame's exact colours has a shared palette colour within the keep margin (the error the
     * quality accepts for a pixel left as it was; {@link #SCENE_COLOUR_MARGIN} at most with
     * {@link PaletteMode#SCENE_OR_FRAME}; any distance with {@link PaletteMode#AUTO} when the frame's own table would
     * be no smaller than the shared one), noting each one's nearest in {@link #toShared}.
     */
    private boolean nearShared(Palette colours, Palette shared) {
        sharedSearch.setPalette(shared);
        // with palettes shared by scenes (AUTO, below quality 75), a frame whose colours need as large a table as the
        // scene's always takes the scene's, each colour mapped to its nearest there: a table of its own would cost up
        // to 768 bytes and save no bit per pixel. On the SMPTE bars (3 s, 480 px) the counters' frames fit up to 255
        // colours exactly where fuzz leaves few pixels to write; with tables of their own quality 50 wrote one, 45
        // four and 40 two, and bytes rose from 60 to 50 (54,247 to 54,585). A frame of few colours keeps its small
        // table (GifQualityTest's screencast: mapped to the scene's palette, quality 70 wrote more than 74)
        boolean noSmaller = ColorTable.sizeFor(Math.min(colours.size() + 1, 256))
                >= ColorTable.sizeFor(Math.min(shared.size() + 1, 256));
        int margin = switch (options.palette()) {
            case SCENE_OR_FRAME -> Math.min(options.keepMargin(), SCENE_COLOUR_MARGIN);
            case AUTO -> noSmaller ? Integer.MAX_VALUE : options.keepMargin();
            default -> options.keepMargin();
        };
        for (int i = 0; i < colours.size(); i++) {
            int c = colours.color(i);
            int k = sharedSearch.nearest(c);
            if (ColorMetric.distance(c, shared.color(k)) > margin) {
                return false;
            }
            toShared[i] = k;
        }
        return true;
    }

    /**
     * Whether the whole frame is to be shown exactly: lossless options (no fuzz, no lossy LZW) and at most maxColors
     * colours among its opaque pixels. Stops at the first colour too many, so photographs cost little.
     */
    boolean isLossless(int[] frame) {
        if (options.fuzzPercent() > 0 || options.lossy() > 0) {
            return false;
        }
        int threshold = options.alphaThreshold();
        exact.reset(options.maxColors());
        int last = -1;
        for (int c : frame) {
            if ((c >>> 24) >= threshold && (c & 0xFFFFFF) != last) {
                last = c & 0xFFFFFF;
                if (!exact.add(last)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean collectExact(int[] frame, FramePlan plan, boolean all) {
        int rw = plan.width();
        byte[] mask = plan.mask();
        for (int row = 0; row < plan.height(); row++) {
            int p = (plan.y() + row) * width + plan.x();
            int o = row * rw;
            int last = -1;
            for (int i = 0; i < rw; i++) {
                if (all || mask[o + i] != 0) {
                    int c = frame[p + i] & 0xFFFFFF;
                    if (c != last) {
                        if (!exact.add(c)) {
                            return false;
                        }
                        last = c;
                    }
                }
            }
        }
        return true;
    }

    private boolean rectOpaque(int[] frame, FramePlan plan) {
        int threshold = options.alphaThreshold();
        for (int row = 0; row < plan.height(); row++) {
            int p = (plan.y() + row) * width + plan.x();
            for (int i = 0; i < plan.width(); i++) {
                if ((frame[p + i] >>> 24) < threshold) {
                    return false;
                }
            }
        }
        return true;
    }
}
