package dev.jiffy.gif;

import dev.jiffy.gif.optimize.Comparison;
import dev.jiffy.gif.optimize.DelayClock;
import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.optimize.FramePlanner;
import dev.jiffy.gif.optimize.Fuzz;
import dev.jiffy.gif.optimize.NoiseEstimate;
import dev.jiffy.gif.optimize.PlanContext;
import dev.jiffy.gif.quantize.Palette;
import java.io.IOException;

/**
 * Stage 2, in order: decides which frames the GIF has and what each one writes. A frame is held back until the next
 * one shows it is final: a frame ending less than {@link DelayClock#MIN_DELAY} after the last one shown is dropped
 * (its time goes to the next, or at the end to the held frame), and one that changes nothing on screen (within fuzz)
 * lengthens the held frame's delay. When the next frame differs, the held one
 * is planned (changed rectangle, written pixels, disposal: see {@link FramePlanner}) knowing the next frame's
 * transparency — for the last frame of a looping GIF, the first frame's — and handed on. Change detection happens
 * here, once per frame, and so does measuring the noise of the frames so far (see {@link NoiseEstimate}): it depends
 * only on the frames and their plans, and here it is off the ordered encode stage, whose thread is the pipeline's
 * longest.
 */
final class PlanStage implements Sink<TimedFrame> {
    private final GifOptions options;
    private final Fuzz fuzz;
    private final PlanningScreen screen;
    private final FramePlanner planner;
    /** The noise of the frames planned so far, against the screen they are planned on. */
    private final NoiseEstimate noise;
    /** Tells frames that can be written exactly (see {@link FrameMapper#isLossless}); its palettes go unused. */
    private final FrameMapper lossless;
    private final FrameBuffers buffers;
    private final Sink<PlannedFrame> next;
    private final int pixels;

    private int[] held;
    private int heldDelay;
    private Palette heldPalette;
    /** Transparency of the frame after the held one (reused: planning is done with it before the next frame). */
    private boolean[] nextTransparent;
    /** Transparency of the first frame: the last one of a looping GIF is followed by it. */
    private boolean[] firstTransparent;
    private int planned;
    /** The end of the last frame given, and the sum of all delays given: what is left is DelayClock's remainder. */
    private double lastEnd;
    private long delays;

    PlanStage(int width, int height, GifOptions options, PlanningScreen screen, FrameBuffers buffers,
            Sink<PlannedFrame> next) {
        this.options = options;
        this.fuzz = new Fuzz(options.fuzzPercent());
        this.screen = screen;
        this.planner = new FramePlanner(screen.screen(), options.alphaThreshold(), fuzz);
        this.noise = new NoiseEstimate(width, height);
        this.lossless = new FrameMapper(width, options);
        this.buffers = buffers;
        this.next = next;
        this.pixels = width * height;
    }

    @Override
    public void accept(TimedFrame frame) throws IOException {
        int delay = frame.delay();
        lastEnd = frame.end();
        delays += delay;
        if (held == null || heldDelay == 0) {
            // the first frame, or replacing a first frame too short to show (see DelayClock)
            if (held != null) {
                buffers.give(held);
            }
            hold(frame);
            return;
        }
        if (delay == 0) {
            buffers.give(frame.argb()); // too short to show after the last frame shown (see DelayClock)
            return;
        }
        if (screen.screen().unchangedAfter(held, frame.argb(), options.alphaThreshold(), fuzz)) {
            heldDelay += delay;
            buffers.give(frame.argb());
            return;
        }
        nextTransparent = transparencyOf(frame.argb(), nextTransparent);
        planHeld(nextTransparent);
        hold(frame);
    }

    @Override
    public void finish() throws IOException {
        if (held != null) {
            // a last frame too short to show: its time (DelayClock's remainder) goes to the frame before, the total
            // stays exact
            heldDelay += (int) (DelayClock.centiseconds(lastEnd) - delays);
            planHeld(options.loopCount() != 1 ? firstTransparent : null);
            held = null;
        }
        next.finish();
    }

    /** Whether a frame is held back (the GIF has one more frame than handed on). */
    boolean holding() {
        return held != null;
    }

    private void hold(TimedFrame frame) {
        held = frame.argb();
        heldDelay = frame.delay();
        heldPalette = frame.shared();
    }

    private void planHeld(boolean[] transparentNext) throws IOException {
        if (planned == 0 && options.loopCount() != 1) {
            firstTransparent = transparencyOf(held, null);
        }
        Comparison comparison = lossless.isLossless(held) ? Comparison.DISPLAYED : Comparison.SOURCE;
        screen.beforePlan(planned, comparison);
        FramePlan plan = new FramePlan(buffers.takeBytes()); // given back by the encode stage
        planner.plan(held, new PlanContext(planned, comparison, transparentNext), plan);
        // the screen's source colours before this frame are what the encoder's will be when it gets to it: what each
        // pixel stands for follows from the plans alone (see Screen#applyPlan)
        int[] noiseBefore = noise.noiseOfBlocks();
        noise.gather(held, screen.screen(), plan);
        noise.endFrame();
        screen.planned(held, plan, comparison);
        // a GIF shorter than DelayClock.MIN_DELAY in all: its one frame is shown that long, as browsers would anyway
        next.accept(new PlannedFrame(planned++, held, Math.max(heldDelay, DelayClock.MIN_DELAY), plan, heldPalette,
                comparison, noiseBefore));
    }

    /**
     * Per-pixel transparency of a frame written into {@code mask} (a new array if null), or null if the frame is fully
     * opaque.
     */
    private boolean[] transparencyOf(int[] argb, boolean[] mask) {
        int threshold = options.alphaThreshold();
        boolean any = false;
        for (int c : argb) {
            if ((c >>> 24) < threshold) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        boolean[] out = mask != null ? mask : new boolean[pixels];
        for (int p = 0; p < argb.length; p++) {
            out[p] = (argb[p] >>> 24) < threshold;
        }
        return out;
    }
}
