package dev.jiffy.time;

/**
 * A frame rate as an exact fraction (NTSC's 30000/1001 stays exact), so that frame times and frame counts
 * do not drift.
 */
public record FrameRate(long numerator, long denominator) implements Comparable<FrameRate> {

    /**
     * A rate of {@code numerator / denominator} frames per second, stored in lowest terms (60/2 becomes 30/1).
     *
     * @param numerator   frames, positive
     * @param denominator seconds, positive
     * @throws IllegalArgumentException if either is 0 or negative
     */
    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("frame rate must be positive, got " + numerator + "/" + denominator);
        }
        long g = gcd(numerator, denominator);
        numerator /= g;
        denominator /= g;
    }

    /**
     * A whole number of frames per second.
     *
     * @param framesPerSecond positive
     * @return {@code framesPerSecond}/1
     * @throws IllegalArgumentException if {@code framesPerSecond} is not positive
     */
    public static FrameRate of(long framesPerSecond) {
        return new FrameRate(framesPerSecond, 1);
    }

    /**
     * The closest simple fraction to {@code fps}: 15 → 15/1, 29.97 → 30000/1001, 12.5 → 25/2.
     *
     * @param fps frames per second, a positive finite number
     * @return the fraction
     * @throws IllegalArgumentException if {@code fps} is not a positive finite number
     */
    public static FrameRate of(double fps) {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be a positive number, got " + fps);
        }
        double ntsc = fps * 1001 / 1000;
        if (Math.abs(ntsc - Math.rint(ntsc)) < 1e-3 && Math.abs(fps - Math.rint(fps)) > 1e-3) {
            return new FrameRate(Math.round(ntsc) * 1000, 1001);
        }
        for (long den : new long[] {1, 2, 4, 5, 8, 10, 100, 1000, 1_000_000}) {
            double num = fps * den;
            if (Math.abs(num - Math.rint(num)) < 1e-6 * den) {
                return new FrameRate(Math.round(num), den);
            }
        }
        return new FrameRate(Math.round(fps * 1_000_000), 1_000_000);
    }

    /**
     * The rate as a decimal, for display and arithmetic where exactness does not matter.
     *
     * @return frames per second
     */
    public double toDouble() {
        return (double) numerator / denominator;
    }

    /**
     * Start time in seconds of frame {@code index}.
     *
     * @param index frame number, 0 for the first
     * @return {@code index / rate}, in seconds
     */
    public double timeOf(long index) {
        return (double) index * denominator / numerator;
    }

    /**
     * Index of the frame showing at time {@code t} (the last frame that starts at or before t).
     *
     * @param t seconds from the start
     * @return the frame number, with {@link Timeline#EPSILON} of slack so that rounding does not skip a frame
     */
    public long indexAt(double t) {
        return (long) Math.floor(t * numerator / denominator + Timeline.EPSILON);
    }

    /**
     * This rate multiplied by {@code factor} (a clip played {@code factor} times faster shows this many frames per
     * second).
     *
     * @param factor a positive finite number, made a fraction as {@link #of(double)} does
     * @return the product, exact
     * @throws IllegalArgumentException if {@code factor} is not positive and finite
     * @throws ArithmeticException if the exact fraction overflows a long
     */
    public FrameRate times(double factor) {
        FrameRate f = of(factor);
        return new FrameRate(Math.multiplyExact(numerator, f.numerator), Math.multiplyExact(denominator, f.denominator));
    }

    @Override
    public int compareTo(FrameRate o) {
        return Long.compare(Math.multiplyExact(numerator, o.denominator), Math.multiplyExact(o.numerator, denominator));
    }

    @Override
    public String toString() {
        if (denominator == 1) {
            return Long.toString(numerator);
        }
        String approx = String.format(java.util.Locale.ROOT, "%.3f", toDouble()).replaceAll("0+$", "").replaceAll("\\.$", "");
        return approx + " (" + numerator + "/" + denominator + ")";
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
