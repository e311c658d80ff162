package dev.jiffy.image;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Per-pixel statistics over a set of frames, channel by channel (R, G, B; alpha is ignored): the median, any percentile
 * and the mean. The seed's {@code np.percentile(np.array(frames), 50, axis=0)} is
 * {@code FrameStatistics.of(clip, times).median()}.
 *
 * <h2>Percentiles</h2>
 * As numpy's default ({@code method='linear'}): with the n values of a pixel's channel sorted as x[0] ≤ ... ≤ x[n-1],
 * percentile q (0..100) is at index {@code h = (n - 1) · q / 100}; with {@code i = floor(h)} and {@code f = h - i} the
 * result is {@code x[i] + f · (x[i+1] - x[i])} (x[i] when f is 0). So the median of an odd count is the middle value,
 * and that of an even count the mean of the two middle values (possibly a half); ties change nothing, since equal
 * values are interchangeable. Results are floats ({@link FloatRgb}).
 *
 * <h2>Memory</h2>
 * Frames are not all held. A percentile is found exactly in two passes over the frames, by the digits of the values in
 * base 16: the first pass counts, for every pixel and channel, how many values fall in each of the 16 ranges
 * 0-15, 16-31, ... (16 counts of 2 bytes), which tells in which range the wanted value lies; the second pass counts
 * the 16 values of that range only, and notes the smallest value above it (for the interpolation's neighbour). That is
 * about 110 bytes per pixel whatever the number of frames (a 640x360 picture: 25 MB), against 4 bytes per pixel per
 * frame to hold them. Frames in memory (a list, or a clip's frames once read when all of them fit in the cache budget,
 * {@link #withCacheBudget}, by default the smaller of 256 MB and a quarter of the heap) are counted a band of pixels
 * at a time instead, each band's counts dropped once its values are found: the result's 12 bytes a pixel and 1.5 MB
 * per core of counts. Frames given as times on a clip that do not fit the budget are read twice, counted whole.
 * Either way the result is the same. At most 65,535 frames. The mean needs one pass and 4 bytes per channel per pixel.
 *
 * <p>Frames of a clip are read in parallel; the result does not depend on the order they arrive in.
 */
public final class FrameStatistics {
    /** Most frames a percentile can be taken over (the counts are 16-bit). */
    public static final int MAX_FRAMES = 65_535;
    /**
     * Pixels counted at a time when the frames are in memory: 1.5 MB of counts per core. The CPU time does not depend
     * on it: a median of 40 frames of 640x360 took 133-163 ms of CPU in bands of 4,096, 16,384, 65,536 and 262,144
     * pixels and the whole picture at once, as before the bands.
     */
    static final int BAND_PIXELS = 1 << 14;

    private final Source source;
    private final long cacheBytes;

    private FrameStatistics(Source source, long cacheBytes) {
        this.source = source;
        this.cacheBytes = cacheBytes;
    }

    /**
     * Statistics over the frames of {@code clip} (any {@link TimedFrames}) at {@code times} (seconds; a time given
     * twice counts twice). Frames are read when needed, not kept (see the class comment).
     *
     * @param clip  the frames
     * @param times seconds, each inside the clip; at least one
     * @return the statistics, computed when asked for
     * @throws IllegalArgumentException if no time is given or one is outside the clip
     */
    public static FrameStatistics of(TimedFrames clip, double... times) {
        Objects.requireNonNull(clip, "clip");
        double[] t = times.clone();
        if (t.length == 0) {
            throw new IllegalArgumentException("statistics need at least one frame time, got none");
        }
        for (double time : t) {
            if (!(time >= 0 && time <= clip.duration())) {
                throw new IllegalArgumentException("frame time " + time + " s is outside the clip (0 to "
                        + clip.duration() + " s)");
            }
        }
        return new FrameStatistics(new ClipSource(clip, t), defaultCacheBytes());
    }

    /**
     * Statistics over frames already in memory (all of the same size).
     *
     * @param frames at least one frame; the list is copied
     * @return the statistics
     * @throws IllegalArgumentException if the list is empty or the sizes differ
     */
    public static FrameStatistics of(List<Frame> frames) {
        List<Frame> copy = List.copyOf(frames);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("statistics need at least one frame, got none");
        }
        Size size = copy.get(0).size();
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i).size().equals(size)) {
                throw new IllegalArgumentException("frame " + i + " is " + copy.get(i).size() + " but frame 0 is " + size
                        + "; statistics need frames of one size");
            }
        }
        return new FrameStatistics(new ListSource(copy, size), 0);
    }

    /**
     * The same statistics, keeping frames read from a clip between the two passes only while they take at most
     * {@code bytes} (4 bytes per pixel per frame); 0 reads them twice.
     *
     * @param bytes 0 or more
     * @return a copy with that budget; this one is unchanged
     * @throws IllegalArgumentException if {@code bytes} is negative
     */
    public FrameStatistics withCacheBudget(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("cache budget must be 0 or more bytes, got " + bytes);
        }
        return new FrameStatistics(source, bytes);
    }

    /**
     * How many frames the statistics are over.
     *
     * @return 1 or more
     */
    public int frameCount() {
        return source.count();
    }

    /**
     * The frames' size.
     *
     * @return the size of every frame and of every result
     */
    public Size size() {
        return source.size();
    }

    /**
     * The per-pixel median (percentile 50).
     *
     * @return per-pixel values 0..255
     * @throws IllegalArgumentException over more than {@link #MAX_FRAMES} frames
     */
    public FloatRgb median() {
        return percentile(50);
    }

    /**
     * The per-pixel percentile {@code q} (0..100), interpolated linearly as numpy's default.
     *
     * @param q 0..100
     * @return per-pixel values 0..255
     * @throws IllegalArgumentException if {@code q} is outside 0..100 or there are more than {@link #MAX_FRAMES} frames
     */
    public FloatRgb percentile(double q) {
        return percentile(q, BAND_PIXELS);
    }

    /** {@link #percentile(double)}, frames in memory counted {@code bandPixels} pixels at a time. */
    FloatRgb percentile(double q, int bandPixels) {
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, got " + q);
        }
        int n = source.count();
        if (n > MAX_FRAMES) {
            throw new IllegalArgumentException("percentiles are taken over at most " + MAX_FRAMES + " frames, got " + n);
        }
        Rank rank = Rank.of(n, q);
        int pixels = Math.toIntExact(source.size().pixels());
        float[] out = new float[Math.multiplyExact(3, pixels)];
        int[][] frames = framesInMemory(n, pixels);
        if (frames != null) {
            // each band's counts are made, used and dropped in turn: the frames are at hand, so nothing is read twice
            int bands = (pixels + bandPixels - 1) / bandPixels;
            IntStream.range(0, bands).parallel().forEach(b -> {
                Band band = new Band(b * bandPixels, Math.min(pixels, (b + 1) * bandPixels));
                for (int[] px : frames) {
                    band.countRanges(px);
                }
                band.chooseRanges(rank);
                for (int[] px : frames) {
                    band.countWithin(px);
                }
                band.resolve(rank, out);
            });
        } else {
            Band all = new Band(0, pixels);
            source.read((i, frame) -> {
                synchronized (all) {
                    all.countRanges(frame.argb);
                }
            });
            all.chooseRanges(rank);
            source.read((i, frame) -> {
                synchronized (all) {
                    all.countWithin(frame.argb);
                }
            });
            all.resolve(rank, out);
        }
        return FloatRgb.wrap(source.size().width(), source.size().height(), out);
    }

    /**
     * The frames' pixels when they are in memory, or once read if they fit the cache budget; null when they are to be
     * read twice.
     */
    private int[][] framesInMemory(int n, int pixels) {
        if (!source.inMemory() && (long) n * pixels * 4 > cacheBytes) {
            return null;
        }
        int[][] frames = new int[n][];
        source.read((i, frame) -> frames[i] = frame.argb);
        return frames;
    }

    /**
     * The per-pixel mean.
     *
     * @return per-pixel values 0..255
     */
    public FloatRgb mean() {
        int n = source.count();
        int pixels = Math.toIntExact(source.size().pixels());
        long[] sums = new long[3 * pixels];
        source.read((i, frame) -> {
            synchronized (sums) {
                int[] px = frame.argb;
                for (int p = 0, c = 0; p < px.length; p++, c += 3) {
                    int v = px[p];
                    sums[c] += (v >> 16) & 0xFF;
                    sums[c + 1] += (v >> 8) & 0xFF;
                    sums[c + 2] += v & 0xFF;
                }
            }
        });
        float[] out = new float[sums.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = (float) ((double) sums[c] / n);
        }
        return FloatRgb.wrap(source.size().width(), source.size().height(), out);
    }

    /** numpy's {@code _lerp}: exact at both ends. */
    static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** Where percentile q of n sorted values lies: x[lo], interpolated towards x[lo + 1] by frac when needHi. */
    private record Rank(int lo, double frac, boolean needHi) {
        static Rank of(int n, double q) {
            double h = (n - 1) * (q / 100.0);
            int lo = (int) Math.floor(h);
            double frac = h - lo;
            return new Rank(lo, frac, lo + 1 < n && frac > 0);
        }
    }

    /**
     * The counts of the pixels {@code from} (inclusive) to {@code to}: 16 ranges of values for each channel in the
     * first pass, then the 16 values of the chosen range and the smallest value above it in the second.
     */
    private static final class Band {
        private final int from;
        private final int to;
        private final char[] counts;
        private final byte[] range;
        private final char[] rank;
        private final byte[] above;

        Band(int from, int to) {
            this.from = from;
            this.to = to;
            int channels = 3 * (to - from);
            this.counts = new char[Math.multiplyExact(16, channels)];
            this.range = new byte[channels];
            this.rank = new char[channels];
            this.above = new byte[channels];
        }

        void countRanges(int[] px) {
            for (int p = from, base = 0; p < to; p++, base += 48) {
                int v = px[p];
                counts[base + ((v >> 20) & 0xF)]++;
                counts[base + 16 + ((v >> 12) & 0xF)]++;
                counts[base + 32 + ((v >> 4) & 0xF)]++;
            }
        }

        /** After the first pass: the range each channel's wanted value lies in, and its rank there. */
        void chooseRanges(Rank wanted) {
            for (int c = 0; c < range.length; c++) {
                int base = c * 16;
                int below = 0;
                int b = 0;
                while (wanted.lo() >= below + counts[base + b]) {
                    below += counts[base + b];
                    b++;
                }
                range[c] = (byte) b;
                rank[c] = (char) (wanted.lo() - below);
            }
            java.util.Arrays.fill(counts, (char) 0);
            java.util.Arrays.fill(above, (byte) 0xFF);
        }

        void countWithin(int[] px) {
            for (int p = from, c = 0; p < to; p++) {
                int v = px[p];
                for (int shift = 16; shift >= 0; shift -= 8, c++) {
                    int value = (v >> shift) & 0xFF;
                    int hi = value >> 4;
                    int wanted = range[c];
                    if (hi == wanted) {
                        counts[c * 16 + (value & 0xF)]++;
                    } else if (hi > wanted && value < (above[c] & 0xFF)) {
                        above[c] = (byte) value;
                    }
                }
            }
        }

        /** After the second pass: the band's values, into {@code out} at the band's place. */
        void resolve(Rank wanted, float[] out) {
            for (int c = 0; c < range.length; c++) {
                int base = c * 16;
                int r = rank[c];
                int below = 0;
                int j = 0;
                while (r >= below + counts[base + j]) {
                    below += counts[base + j];
                    j++;
                }
                int start = (range[c] & 0xFF) << 4;
                int xLo = start + j;
                int xHi = xLo;
                if (wanted.needHi() && r + 1 >= below + counts[base + j]) {
                    int k = j + 1;
                    while (k < 16 && counts[base + k] == 0) {
                        k++;
                    }
                    xHi = k < 16 ? start + k : above[c] & 0xFF;
                }
                out[3 * from + c] = (float) lerp(xLo, xHi, wanted.frac());
            }
        }
    }

    /**
     * Bytes of frames statistics over a clip's frames keep between their two passes (instead of reading them twice),
     * at most: a quarter of the heap Java may use, up to 256 MB.
     *
     * @return bytes
     */
    public static long defaultCacheBytes() {
        return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);
    }

    /** Receives frame {@code index}; may be called from several threads at once. */
    @FunctionalInterface
    private interface FrameSink {
        void accept(int index, Frame frame);
    }

    /** Frames that can be read more than once. */
    private interface Source {
        int count();

        Size size();

        boolean inMemory();

        void read(FrameSink sink);
    }

    private record ClipSource(TimedFrames clip, double[] times) implements Source {
        @Override
        public int count() {
            return times.length;
        }

        @Override
        public Size size() {
            return clip.size();
        }

        @Override
        public boolean inMemory() {
            return false;
        }

        @Override
        public void read(FrameSink sink) {
            IntStream.range(0, times.length).parallel().forEach(i -> {
                Frame f = clip.frame(times[i]);
                if (!f.size().equals(clip.size())) {
                    throw new dev.jiffy.JiffyException("the frame at " + times[i] + " s is " + f.size()
                            + " but the clip says " + clip.size());
                }
                sink.accept(i, f);
            });
        }
    }

    private record ListSource(List<Frame> frames, Size size) implements Source {
        @Override
        public int count() {
            return frames.size();
        }

        @Override
        public boolean inMemory() {
            return true;
        }

        @Override
        public void read(FrameSink sink) {
            for (int i = 0; i < frames.size(); i++) {
                sink.accept(i, frames.get(i));
            }
        }
    }
}
