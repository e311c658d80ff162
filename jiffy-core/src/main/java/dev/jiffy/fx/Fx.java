package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FrameFunction;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Size;
import java.util.function.UnaryOperator;

/**
 * The built-in effects, for {@link Clip#fx}: {@code clip.fx(Fx.timeMirror())}, {@code clip.fx(Fx.loop(3))},
 * {@code clip.fx(Fx.blackAndWhite())}. Each effect is an immutable value (one class each in this package) whose
 * {@code apply} returns a new clip and computes nothing until a frame is asked for; effect clips keep their parent's
 * frame rate and may be used from several threads. Arguments are checked here; those that depend on the clip (a freeze
 * past its end, a fade longer than it) when the effect is applied.
 *
 * <p>Colour effects change R, G and B and leave alpha alone; geometric effects move alpha with the pixels; areas they
 * add (margins, the corners of a rotation) are transparent unless a colour is given.
 */
public final class Fx {
    private Fx() {
    }

    // ---- time ----

    /** Plays backwards: frames A, B, C become C, B, A. See {@code TimeMirror}. */
    public static UnaryOperator<Clip> timeMirror() {
        return new TimeMirror();
    }

    /** Forwards then backwards, twice as long: A, B, C become A, B, C, C, B, A. See {@code TimeSymmetrize}. */
    public static UnaryOperator<Clip> timeSymmetrize() {
        return new TimeSymmetrize();
    }

    /** The same as {@link #timeSymmetrize()}, by its GIF-maker's name. */
    public static UnaryOperator<Clip> boomerang() {
        return timeSymmetrize();
    }

    /** Plays the clip {@code times} times (at least 1). */
    public static UnaryOperator<Clip> loop(int times) {
        return new Loop(times);
    }

    /** Plays the clip over and over for {@code seconds} (cut where the time runs out). */
    public static UnaryOperator<Clip> loopFor(double seconds) {
        return new LoopFor(seconds);
    }

    /**
     * Holds the frame at time {@code at} (negative: from the end) for {@code seconds}, then carries on; the clip grows
     * by {@code seconds}.
     */
    public static UnaryOperator<Clip> freeze(double at, double seconds) {
        return new Freeze(at, seconds);
    }

    /** Holds the last frame for {@code seconds} more. */
    public static UnaryOperator<Clip> freezeLast(double seconds) {
        return new FreezeLast(seconds);
    }

    // ---- fades to a colour (for fades through transparency see Clip.crossfadeIn/crossfadeOut) ----

    /** Fades in from black over the first {@code seconds}. */
    public static UnaryOperator<Clip> fadeIn(double seconds) {
        return fadeIn(seconds, Colors.BLACK);
    }

    /** Fades in from an opaque colour (0xFFRRGGBB or 0xRRGGBB) over the first {@code seconds}; alpha is kept. */
    public static UnaryOperator<Clip> fadeIn(double seconds, int argbColor) {
        return new FadeIn(seconds, argbColor);
    }

    /** Fades out to black over the last {@code seconds}. */
    public static UnaryOperator<Clip> fadeOut(double seconds) {
        return fadeOut(seconds, Colors.BLACK);
    }

    /** Fades out to an opaque colour (0xFFRRGGBB or 0xRRGGBB) over the last {@code seconds}; alpha is kept. */
    public static UnaryOperator<Clip> fadeOut(double seconds, int argbColor) {
        return new FadeOut(seconds, argbColor);
    }

    // ---- colour ----

    /** Grey levels with Rec. 601 luma weights (0.299, 0.587, 0.114): the usual "grayscale" of image tools. */
    public static UnaryOperator<Clip> blackAndWhite() {
        return blackAndWhite(LumaWeights.REC601);
    }

    /** Grey levels with the given weights; {@link LumaWeights#EQUAL} is MoviePy's {@code blackwhite} default. */
    public static UnaryOperator<Clip> blackAndWhite(LumaWeights weights) {
        return new BlackAndWhite(weights);
    }

    /** The negative (255 − v in each colour channel). */
    public static UnaryOperator<Clip> invert() {
        return new Invert();
    }

    /** {@code 255 · (v / 255)^gamma} as MoviePy: above 1 darkens, below 1 brightens. */
    public static UnaryOperator<Clip> gamma(double gamma) {
        return new Gamma(gamma);
    }

    /** Colour channels times {@code factor} (0 or more), capped at 255. */
    public static UnaryOperator<Clip> multiplyColor(double factor) {
        return new MultiplyColor(factor);
    }

    /**
     * {@code brightness} from −1 to 1 added (on a 0..1 scale), {@code contrast} (0 or more, 1 unchanged) multiplying
     * the distance from mid-grey. See {@code BrightnessContrast}.
     */
    public static UnaryOperator<Clip> brightnessContrast(double brightness, double contrast) {
        return new BrightnessContrast(brightness, contrast);
    }

    // ---- geometry ----

    /** Flips left and right. */
    public static UnaryOperator<Clip> mirrorX() {
        return new MirrorX();
    }

    /** Flips top and bottom. */
    public static UnaryOperator<Clip> mirrorY() {
        return new MirrorY();
    }

    /** Turns counter-clockwise; quarter turns exactly, other angles onto a larger canvas with transparent corners. */
    public static UnaryOperator<Clip> rotate(double degrees) {
        return rotate(degrees, Colors.TRANSPARENT);
    }

    /** Turns counter-clockwise, filling the uncovered corners with {@code argbBackground}. */
    public static UnaryOperator<Clip> rotate(double degrees, int argbBackground) {
        return new Rotate(degrees, argbBackground);
    }

    /** A transparent border {@code px} pixels wide on every side. */
    public static UnaryOperator<Clip> margin(int px) {
        return margin(px, Colors.TRANSPARENT);
    }

    /** A border {@code px} pixels wide on every side, of colour {@code argbColor} (MoviePy's default is black). */
    public static UnaryOperator<Clip> margin(int px, int argbColor) {
        return margin(px, px, px, px, argbColor);
    }

    /** A border of its own width on each side, of colour {@code argbColor} (0 for transparent). */
    public static UnaryOperator<Clip> margin(int left, int top, int right, int bottom, int argbColor) {
        return new Margin(left, top, right, bottom, argbColor);
    }

    // ---- your own ----

    /** Applies {@code function} to every frame; its frames must have the clip's size. */
    public static UnaryOperator<Clip> perFrame(FrameFunction function) {
        return PerFrame.keepingSize(function);
    }

    /** Applies {@code function} to every frame; its frames must all be {@code size}. */
    public static UnaryOperator<Clip> perFrame(Size size, FrameFunction function) {
        return PerFrame.toSize(size, function);
    }
}
