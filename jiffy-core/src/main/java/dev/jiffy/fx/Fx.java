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

    /**
     * Plays backwards: frames A, B, C become C, B, A. See {@code TimeMirror}.
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> timeMirror() {
        return new TimeMirror();
    }

    /**
     * Forwards then backwards, twice as long: A, B, C become A, B, C, C, B, A. See {@code TimeSymmetrize}.
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> timeSymmetrize() {
        return new TimeSymmetrize();
    }

    /**
     * The same as {@link #timeSymmetrize()}, by its GIF-maker's name.
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> boomerang() {
        return timeSymmetrize();
    }

    /**
     * Plays the clip {@code times} times (at least 1).
     *
     * @param times how many plays in all, at least 1; the clip becomes {@code times} times as long
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code times} is below 1
     */
    public static UnaryOperator<Clip> loop(int times) {
        return new Loop(times);
    }

    /**
     * Plays the clip over and over for {@code seconds} (cut where the time runs out).
     *
     * @param seconds the length of the result, positive; it may end mid-play
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code seconds} is not positive and finite (a clip of unknown length is
     *                                  refused when applied)
     */
    public static UnaryOperator<Clip> loopFor(double seconds) {
        return new LoopFor(seconds);
    }

    /**
     * Holds the frame at time {@code at} (negative: from the end) for {@code seconds}, then carries on; the clip grows
     * by {@code seconds}.
     *
     * @param at      seconds into the clip of the frame to hold; negative counts from the end
     * @param seconds how long to hold it, positive
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code at} is not finite or {@code seconds} is not positive; when applied, if
     *                                  {@code at} is outside the clip
     */
    public static UnaryOperator<Clip> freeze(double at, double seconds) {
        return new Freeze(at, seconds);
    }

    /**
     * Holds the last frame for {@code seconds} more.
     *
     * @param seconds how long to hold the last frame, positive
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code seconds} is not positive
     */
    public static UnaryOperator<Clip> freezeLast(double seconds) {
        return new FreezeLast(seconds);
    }

    // ---- fades to a colour (for fades through transparency see Clip.crossfadeIn/crossfadeOut) ----

    /**
     * Fades in from black over the first {@code seconds}.
     *
     * @param seconds the fade's length, positive
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code seconds} is not positive; when applied, if it is longer than the clip
     */
    public static UnaryOperator<Clip> fadeIn(double seconds) {
        return fadeIn(seconds, Colors.BLACK);
    }

    /**
     * Fades in from an opaque colour (0xFFRRGGBB or 0xRRGGBB) over the first {@code seconds}; alpha is kept.
     *
     * @param seconds   the fade's length, positive
     * @param argbColor the colour faded from; its alpha must be 0xFF or 0 (read as opaque)
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code seconds} is not positive or the colour is see-through; when applied,
     *                                  if the fade is longer than the clip
     */
    public static UnaryOperator<Clip> fadeIn(double seconds, int argbColor) {
        return new FadeIn(seconds, argbColor);
    }

    /**
     * Fades out to black over the last {@code seconds}.
     *
     * @param seconds the fade's length, positive
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code seconds} is not positive; when applied, if it is longer than the clip
     */
    public static UnaryOperator<Clip> fadeOut(double seconds) {
        return fadeOut(seconds, Colors.BLACK);
    }

    /**
     * Fades out to an opaque colour (0xFFRRGGBB or 0xRRGGBB) over the last {@code seconds}; alpha is kept.
     *
     * @param seconds   the fade's length, positive
     * @param argbColor the colour faded to; its alpha must be 0xFF or 0 (read as opaque)
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code seconds} is not positive or the colour is see-through; when applied,
     *                                  if the fade is longer than the clip
     */
    public static UnaryOperator<Clip> fadeOut(double seconds, int argbColor) {
        return new FadeOut(seconds, argbColor);
    }

    // ---- colour ----

    /**
     * Grey levels with Rec. 601 luma weights (0.299, 0.587, 0.114): the usual "grayscale" of image tools.
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> blackAndWhite() {
        return blackAndWhite(LumaWeights.REC601);
    }

    /**
     * Grey levels with the given weights; {@link LumaWeights#EQUAL} is MoviePy's {@code blackwhite} default.
     *
     * @param weights how much red, green and blue count towards the grey level
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> blackAndWhite(LumaWeights weights) {
        return new BlackAndWhite(weights);
    }

    /**
     * The negative (255 − v in each colour channel).
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> invert() {
        return new Invert();
    }

    /**
     * {@code 255 · (v / 255)^gamma} as MoviePy: above 1 darkens, below 1 brightens.
     *
     * @param gamma the exponent, positive; 1 leaves the picture unchanged
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code gamma} is not a positive number
     */
    public static UnaryOperator<Clip> gamma(double gamma) {
        return new Gamma(gamma);
    }

    /**
     * Colour channels times {@code factor} (0 or more), capped at 255.
     *
     * @param factor 0 (black) or more; 1 leaves the picture unchanged
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code factor} is negative or not a number
     */
    public static UnaryOperator<Clip> multiplyColor(double factor) {
        return new MultiplyColor(factor);
    }

    /**
     * {@code brightness} from −1 to 1 added (on a 0..1 scale), {@code contrast} (0 or more, 1 unchanged) multiplying
     * the distance from mid-grey. See {@code BrightnessContrast}.
     *
     * @param brightness −1 (black) to 1 (white); 0 leaves the picture unchanged
     * @param contrast   0 (flat grey) or more; 1 leaves the picture unchanged
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if either is out of range
     */
    public static UnaryOperator<Clip> brightnessContrast(double brightness, double contrast) {
        return new BrightnessContrast(brightness, contrast);
    }

    // ---- geometry ----

    /**
     * Flips left and right.
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> mirrorX() {
        return new MirrorX();
    }

    /**
     * Flips top and bottom.
     *
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> mirrorY() {
        return new MirrorY();
    }

    /**
     * Turns counter-clockwise; quarter turns exactly, other angles onto a larger canvas with transparent corners.
     *
     * @param degrees the angle, counter-clockwise; any finite number (negative turns clockwise)
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code degrees} is not finite
     */
    public static UnaryOperator<Clip> rotate(double degrees) {
        return rotate(degrees, Colors.TRANSPARENT);
    }

    /**
     * Turns counter-clockwise, filling the uncovered corners with {@code argbBackground}.
     *
     * @param degrees        the angle, counter-clockwise; any finite number (negative turns clockwise)
     * @param argbBackground the colour of the uncovered corners, 0xAARRGGBB
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if {@code degrees} is not finite
     */
    public static UnaryOperator<Clip> rotate(double degrees, int argbBackground) {
        return new Rotate(degrees, argbBackground);
    }

    /**
     * A transparent border {@code px} pixels wide on every side.
     *
     * @param px the border's width in pixels, 0 or more
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if a margin is negative; when applied, if the framed picture is too large for a
     *                                  frame
     */
    public static UnaryOperator<Clip> margin(int px) {
        return margin(px, Colors.TRANSPARENT);
    }

    /**
     * A border {@code px} pixels wide on every side, of colour {@code argbColor} (MoviePy's default is black).
     *
     * @param px        the border's width in pixels, 0 or more
     * @param argbColor the border's colour, 0xAARRGGBB
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if a margin is negative; when applied, if the framed picture is too large for a
     *                                  frame
     */
    public static UnaryOperator<Clip> margin(int px, int argbColor) {
        return margin(px, px, px, px, argbColor);
    }

    /**
     * A border of its own width on each side, of colour {@code argbColor} (0 for transparent).
     *
     * @param left      pixels added on the left, 0 or more
     * @param top       pixels added at the top, 0 or more
     * @param right     pixels added on the right, 0 or more
     * @param bottom    pixels added at the bottom, 0 or more
     * @param argbColor the border's colour, 0xAARRGGBB
     * @return the effect, for {@link Clip#fx}
     * @throws IllegalArgumentException if a margin is negative; when applied, if the framed picture is too large for a
     *                                  frame
     */
    public static UnaryOperator<Clip> margin(int left, int top, int right, int bottom, int argbColor) {
        return new Margin(left, top, right, bottom, argbColor);
    }

    // ---- your own ----

    /**
     * Applies {@code function} to every frame; its frames must have the clip's size.
     *
     * @param function maps a frame and its time to a new frame of the same size
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> perFrame(FrameFunction function) {
        return PerFrame.keepingSize(function);
    }

    /**
     * Applies {@code function} to every frame; its frames must all be {@code size}.
     *
     * @param size     the size of every frame {@code function} returns
     * @param function maps a frame and its time to a new frame of that size
     * @return the effect, for {@link Clip#fx}
     */
    public static UnaryOperator<Clip> perFrame(Size size, FrameFunction function) {
        return PerFrame.toSize(size, function);
    }
}
