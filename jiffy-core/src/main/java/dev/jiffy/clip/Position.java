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
    Position TOP_LEFT = new Pixels(0, 0);
    Position CENTER = new Anchored(Anchor.CENTER, Anchor.CENTER);

    /** Where along an axis an anchored clip sits. TOP/LEFT and BOTTOM/RIGHT mean the same on their own axis. */
    enum Anchor { LEFT, TOP, CENTER, RIGHT, BOTTOM }

    /** A pixel position, possibly negative or partly outside the canvas. */
    record Point(int x, int y) {
    }

    /** Top-left corner at (x, y) pixels. */
    static Position at(int x, int y) {
        return new Pixels(x, y);
    }

    /** Anchored on each axis: {@code of(Anchor.CENTER, Anchor.BOTTOM)}. */
    static Position of(Anchor horizontal, Anchor vertical) {
        if (horizontal == Anchor.TOP || horizontal == Anchor.BOTTOM) {
            throw new IllegalArgumentException("horizontal anchor must be LEFT, CENTER or RIGHT, got " + horizontal);
        }
        if (vertical == Anchor.LEFT || vertical == Anchor.RIGHT) {
            throw new IllegalArgumentException("vertical anchor must be TOP, CENTER or BOTTOM, got " + vertical);
        }
        return new Anchored(horizontal, vertical);
    }

    /** Top-left corner at fractions of the canvas: {@code fraction(0.5, 0)} starts half way across. */
    static Position fraction(double x, double y) {
        return new Fraction(x, y);
    }

    /** A position that changes with time (local to the clip). */
    static Position moving(DoubleFunction<Point> function) {
        return new Moving(Objects.requireNonNull(function, "function"));
    }

    /** The top-left corner of a {@code clip}-sized picture on a {@code canvas} at local time t. */
    Point resolve(Size canvas, Size clip, double t);

    record Pixels(int x, int y) implements Position {
        @Override
        public Point resolve(Size canvas, Size clip, double t) {
            return new Point(x, y);
        }
    }

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

    record Fraction(double x, double y) implements Position {
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
