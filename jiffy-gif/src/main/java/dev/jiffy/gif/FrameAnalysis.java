package dev.jiffy.gif;

import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.optimize.FramePlanner;
import dev.jiffy.gif.optimize.Fuzz;
import dev.jiffy.gif.optimize.Screen;
import dev.jiffy.gif.quantize.Palette;

/**
 * What can be worked out for a frame ahead of the encoder, on another thread: whether it is lossless, and a
 * speculative plan, palette and remap made as if the previous frame had been drawn exactly (or, with fuzz, against a
 * model of what each pixel stands for). The encoder adopts the speculation only when its real plan (against the real
 * screen) is the same, so the output never depends on it: same bytes as encoding everything in order. For an opaque
 * video the guess is right for every frame but the lossless ones, which are cheap anyway. Immutable once made.
 */
final class FrameAnalysis {
    /** Whether the whole frame fits in the palette exactly (see {@link FrameMapper#isLossless}). */
    final boolean lossless;
    /** The speculative plan before mapping, or null if there is no speculation. */
    final FramePlan planned;
    /** The plan after mapping (the mapper may mark the whole rectangle written). */
    final FramePlan mapped;
    final Palette palette;
    final byte[] indices;
    final int transparent;
    final boolean exact;

    private FrameAnalysis(boolean lossless, FramePlan planned, FramePlan mapped, Palette palette, byte[] indices,
            int transparent, boolean exact) {
        this.lossless = lossless;
        this.planned = planned;
        this.mapped = mapped;
        this.palette = palette;
        this.indices = indices;
        this.transparent = transparent;
        this.exact = exact;
    }

    /** Makes analyses; one per thread. */
    static final class Analyzer {
        private final GifOptions options;
        private final Screen screen;
        private final FramePlanner planner;
        private final FrameMapper mapper;

        Analyzer(int width, int height, GifOptions options) {
            this.options = options;
            this.screen = new Screen(width, height);
            this.planner = new FramePlanner(screen, options.alphaThreshold(), new Fuzz(options.fuzzPercent()));
            this.mapper = new FrameMapper(width, options);
        }

        /**
         * @param previous the frame encoded before this one (null for the first frame)
         * @param nextTransparent as for {@link FrameEncoder#write}
         * @param shared          as for {@link FrameEncoder#write}
         * @param plan            the frame's plan if it is known already (with fuzz, see {@link Screen#applyPlan}),
         *                        else null to plan it as if the previous frame had been drawn exactly; the analysis
         *                        takes it over
         */
        FrameAnalysis analyse(int[] frame, int[] previous, boolean first, boolean[] nextTransparent, Palette shared,
                FramePlan plan) {
            boolean lossless = mapper.isLossless(frame);
            if (lossless || (plan == null && options.fuzzPercent() > 0)) {
                // lossless frames are planned against what is displayed, and fuzz lets the screen drift from the
                // previous frame: neither can be guessed from the previous frame alone
                return new FrameAnalysis(lossless, null, null, null, null, -1, false);
            }
            if (plan == null) {
                screen.assume(first ? null : previous, options.alphaThreshold());
                plan = new FramePlan();
                planner.plan(frame, first, false, nextTransparent, plan);
            }
            FramePlan planned = new FramePlan();
            planned.copyFrom(plan);
            Palette palette = new Palette();
            byte[] indices = new byte[plan.width() * plan.height()];
            int transparent = mapper.map(frame, plan, first, shared, palette, indices);
            return new FrameAnalysis(false, planned, plan, palette, indices, transparent, mapper.lastExact());
        }
    }
}
