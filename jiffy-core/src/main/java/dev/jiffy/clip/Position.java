package dev.jiffy.clip;

import dev.jiffy.image.Size;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Where a clip's top-left corner goes in a composite: fixed pixels ({@code at(20, 190)}), named anchors
 * ({@code CENTER}, {@code of(Anchor.RIGHT, Anchor.TOP)}), fractions of the canvas ({@code fraction(0.1, 0.8)}), or a
 * function of time ({@code moving(t -> new Point(...))}).
 */
public sealed interface Position {
    /** At the canvas's top-left corner: where a clip goes unless placed. */
    Position TOP_LEFT = new Pixels(0, 0);
    /** Centred on both axes (rounded down to whole pixels when the sizes' difference is odd). */
    Position CENTER = new Anchored(Anchor.CENTER, Anchor.CENTER);

    /** Where along an axis an anchored clip sits. TOP/LEFT and BOTTOM/RIGHT mean the same on their own axis. */
    enum Anchor {
        /** Against the left edge (horizontal axis). */
        LEFT,
        /** Against the top edge (vertical axis). */
        TOP,
        /** Centred on its axis. */
        CENTER,
        /** Against the right edge (horizontal axis). */
        RIGHT,
        /** Against the bottom edge (vertical axis). */
        BOTTOM
    }

    /**
     * A pixel position, possibly negative or partly outside the canvas.
     *
     * @param x pixels right of the canvas's left edge
     * @param y pixels below the canvas's top edge
     */
    record Point(int x, int y) {
    }

    /**
     * Top-left corner at (x, y) pixels.
     *
     * @param x pixels right of the canvas's left edge; negative or beyond it is allowed (the clip is cut)
     * @param y pixels below the canvas's top edge; likewise
     * @return the position
     */
    static Position at(int x, int y) {
        return new Pixels(x, y);
    }

    /**
     * Anchored on each axis: {@code of(Anchor.CENTER, Anchor.BOTTOM)}.
     *
     * @param horizontal LEFT, CENTER or RIGHT
     * @param vertical   TOP, CENTER or BOTTOM
     * @return the position
     * @throws IllegalArgumentException if an anchor belongs to the other axis (TOP as the horizontal one)
     */
    static Position of(Anchor horizontal, Anchor vertical) {
        if (horizontal == Anchor.TOP || horizontal == Anchor.BOTTOM) {
            throw new IllegalArgumentException("horizontal anchor must be LEFT, CENTER or RIGHT, got " + horizontal);
        }
        if (vertical == Anchor.LEFT || vertical == Anchor.RIGHT) {
            throw new IllegalArgumentException("vertical anchor must be TOP, CENTER or BOTTOM, got " + vertical);
        }
        return new Anchored(horizontal, vertical);
    }

    /**
     * Top-left corner at fractions of the canvas: {@code fraction(0.5, 0)} starts half way across.
     *
     * @param x the left edge as a fraction of the canvas width, any finite number (rounded to whole pixels)
     * @param y the top edge as a fraction of the canvas height, likewise
     * @return the position
     * @throws IllegalArgumentException if a fraction is not finite
     */
    static Position fraction(double x, double y) {
        return new Fraction(x, y);
    }

    /**
     * A position that changes with time (local to the clip).
     *
     * @param function from seconds into the clip to the top-left corner; called from rendering threads, so it must not
     *                 keep mutable state
     * @return the position
     */
    static Position moving(DoubleFunction<Point> function) {
        return new Moving(Objects.requireNonNull(function, "function"));
    }

    /**
     * The top-left corner of a {@code clip}-sized picture on a {@code canvas} at local time t.
     *
     * @param canvas the composite's size
     * @param clip   the placed clip's size
     * @param t      seconds into the placed clip
     * @return the clip's top-left corner on the canvas, in pixels
     * @throws IllegalArgumentException if a moving position's function fails or returns null
     */
    Point resolve(Size canvas, Size clip, double t);

    /**
     * At fixed pixels; see {@link #at(int, int)}.
     *
     * @param x pixels right of the canvas's left edge
     * @param y pixels below the canvas's top edge
     */
    record Pixels(int x, int y) implements Position {
        @Override
        public Point resolve(Size canvas, Size clip, double t) {
            return new Point(x, y);
        }
    }

    /**
     * Against edges or centred; see {@link #of(Anchor, Anchor)}.
     *
     * @param horizontal LEFT, CENTER or RIGHT
     * @param vertical   TOP, CENTER or BOTTOM
     */
    record Anchored(Anchor horizontal, Anchor vertical) implements Position {
        @Override
        public Point resolve(Size canvas, Size clip, double t) {
            return new Point(along(horizontal, canvas.width(), clip.width()), along(vertical, canvas.height(), clip.height()));
        }

        private static int along(Anchor a, int canvas, int clip) {
            return switch (a) {
                case LEFT, TOP -> 0;
                case CENTER -> (canvas - clip) / 2;
                case RIGHT, BOTTOM -> canvas - clip;
            };
        }
    }

    /**
     * At fractions of the canvas; see {@link #fraction(double, double)}.
     *
     * @param x the left edge as a fraction of the canvas width
     * @param y the top edge as a fraction of the canvas height
     */
    record Fraction(double x, double y) implements Position {
        /**
         * Checks that both fractions are finite.
         *
         * @param x the left edge as a fraction of the canvas width
         * @param y the top edge as a fraction of the canvas height
         * @throws IllegalArgumentException if a fraction is NaN or infinite
         */
        public Fraction {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("position fractions must be finite, got " + x + ", " + y);
            }
        }

        @Override
        public Point resolve(Size canvas, Size clip, double t) {
            return new Point((int) Math.round(x * canvas.width()), (int) Math.round(y * canvas.height()));
        }
    }

    /**
     * Changing with time; see {@link #moving(DoubleFunction)}.
     *
     * @param function from seconds into the clip to the top-left corner
     */
    record Moving(DoubleFunction<Point> function) implements Position {
        @Override
        public Point resolve(Size canvas, Size clip, double t) {
            Point p;
            try {
                p = function.apply(t);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the position function failed at t=" + t + " s: " + e, e);
            }
            if (p == null) {
                throw new IllegalArgumentException("the position function gave null at t=" + t + " s");
            }
            return p;
        }
    }
}
