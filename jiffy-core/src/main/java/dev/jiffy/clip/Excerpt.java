package dev.jiffy.clip;

import dev.jiffy.image.Size;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.Objects;

/**
 * A part of a source video and where it sits in it: the times cut, the rectangle kept, the size it is scaled to and the
 * speed it plays at, in that order. {@link #clip()} makes the clip; the mapping back to the source (a time or pixel of
 * the excerpt in the video's terms) serves whatever is given in the video's terms, such as the times a background is
 * taken from or the crops a preview prints.
 *
 * @param source the video (or any clip) the excerpt is cut from
 * @param from   where it starts in the source, seconds (0 or more)
 * @param to     where it ends in the source, seconds (after {@code from}, at most the source's duration)
 * @param crop   the rectangle kept, in the source's pixels (the whole frame when nothing is cropped)
 * @param size   the size the kept rectangle is scaled to
 * @param speed  how many times faster than the source it plays
 */
public record Excerpt(Clip source, double from, double to, Rect crop, Size size, double speed) {

    public Excerpt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(crop, "crop");
        Objects.requireNonNull(size, "size");
        if (from < 0 || to < 0 || !intervalInside(source, from, to)) {
            throw new IllegalArgumentException("an excerpt's times are in the source, from 0 to "
                    + Times.format(source.duration()) + ", got " + Times.format(from) + " to " + Times.format(to));
        }
        crop.requireInside(source.size());
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed factor must be a positive number, got " + speed);
        }
    }

    private static boolean intervalInside(Clip source, double from, double to) {
        double[] times = SubClip.resolve(source, from, to);
        return times[0] == from && times[1] == to;
    }

    /** All of {@code source}, as it is. */
    public static Excerpt of(Clip source) {
        Rect whole = new Rect(0, 0, source.width(), source.height());
        return new Excerpt(source, 0, source.duration(), whole, source.size(), 1);
    }

    /** The part between {@code from} and {@code to} seconds of the source; negative times count from its end. */
    public Excerpt withTimes(double from, double to) {
        double[] times = SubClip.resolve(source, from, to);
        return new Excerpt(source, times[0], times[1], crop, size, speed);
    }

    /** Keeps a region of the source's frame, given any of MoviePy's ways; the size becomes the region's. */
    public Excerpt withCrop(Crop region) {
        Rect r = region.resolve(source.size());
        return new Excerpt(source, from, to, r, r.size(), speed);
    }

    /** Scales the kept region to exactly {@code size}. */
    public Excerpt withSize(Size size) {
        return new Excerpt(source, from, to, crop, size, speed);
    }

    /** Scales the kept region by {@code factor}, keeping its aspect ratio, as {@link Clip#resize(double)}. */
    public Excerpt withScale(double factor) {
        return withSize(cropped().resize(factor).size());
    }

    /** Scales the kept region to {@code width} pixels wide, as {@link Clip#resizeToWidth}. */
    public Excerpt withWidth(int width) {
        return withSize(cropped().resizeToWidth(width).size());
    }

    /** Scales the kept region to {@code height} pixels high, as {@link Clip#resizeToHeight}. */
    public Excerpt withHeight(int height) {
        return withSize(cropped().resizeToHeight(height).size());
    }

    /** Plays {@code factor} times faster than the source (0.5 = half speed). */
    public Excerpt withSpeed(double factor) {
        return new Excerpt(source, from, to, crop, size, factor);
    }

    /** The clip: the source cut, cropped, scaled and sped up, in that order (no step that changes nothing). */
    public Clip clip() {
        Clip c = from == 0 && to == source.duration() ? source : source.subclip(from, to);
        c = cropped(c);
        if (!size.equals(crop.size())) {
            c = c.resize(size);
        }
        return speed == 1 ? c : c.speed(speed);
    }

    private Clip cropped() {
        return cropped(source);
    }

    private Clip cropped(Clip c) {
        return crop.equals(new Rect(0, 0, source.width(), source.height())) ? c
                : c.crop(crop.x1(), crop.y1(), crop.x2(), crop.y2());
    }

    /** The excerpt's length in seconds, after the speed change. */
    public double duration() {
        return (to - from) / speed;
    }

    /** Excerpt pixels per source pixel, horizontally (0.5 when the kept region was scaled to half). */
    public double scaleX() {
        return (double) size.width() / crop.width();
    }

    /** Excerpt pixels per source pixel, vertically. */
    public double scaleY() {
        return (double) size.height() / crop.height();
    }

    /** The source time of the excerpt's time {@code t}. */
    public double sourceTime(double t) {
        return from + t * speed;
    }

    /** Whether the source time {@code sourceTime} (negative: from the source's end) falls inside the excerpt. */
    public boolean contains(double sourceTime) {
        double t = absolute(sourceTime);
        return t >= from - Timeline.EPSILON && t <= to + Timeline.EPSILON;
    }

    /**
     * The excerpt's time showing the source at {@code sourceTime} (negative: from the source's end).
     *
     * @throws IllegalArgumentException if that time is outside the excerpt
     */
    public double excerptTime(double sourceTime) {
        if (!contains(sourceTime)) {
            throw new IllegalArgumentException("time " + Times.format(sourceTime) + " is outside the excerpt ("
                    + Times.format(from) + " to " + Times.format(to) + ")");
        }
        return Math.max(0, Math.min(duration(), (absolute(sourceTime) - from) / speed));
    }

    private double absolute(double sourceTime) {
        return sourceTime < 0 ? source.duration() + sourceTime : sourceTime;
    }
}
