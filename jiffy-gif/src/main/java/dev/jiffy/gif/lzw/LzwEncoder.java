package dev.jiffy.gif.lzw;

import dev.jiffy.gif.quantize.ColorMetric;
import java.util.Arrays;

/**
 * GIF LZW compressor: variable code size from minCodeSize+1 up to 12 bits, a clear code when the 4096-entry table is
 * full. The string table is an open-addressing hash of (prefix code, next index) on primitive arrays. Reusable; not
 * thread-safe.
 */
public final class LzwEncoder {
    private static final int MAX_CODES = 4096;
    private static final int HASH_BITS = 13;
    private static final int HASH_SIZE = 1 << HASH_BITS; // load factor stays below 0.5
    private static final int HASH_MASK = HASH_SIZE - 1;

    /**
     * The string table: per slot, key (prefix code << 8 | next index, 20 bits) << 12 | code, or {@link #EMPTY}. One
     * array of 32 KB, the size of a core's L1 data cache, rather than keys and codes apart: the probe on every pixel
     * then touches one cache line. EMPTY (all ones) is never an entry: the code 4095 cannot extend
     * the prefix 4095.
     */
    private final int[] table = new int[HASH_SIZE];
    private static final int EMPTY = -1;
    /** Lossy mode: the codes extending each code, as linked lists: per code its first child, or -1. */
    private final short[] firstChild = new short[MAX_CODES];
    /**
     * Lossy mode, per code: its next sibling {@code << 8 |} its last index (the sibling -1 at the end of a list). The
     * child search walks a list on every miss, one load per child that gets both; the index's colour is then looked up
     * in the palette (1 KB, in cache) beside the walk rather than on its chain of loads. Against the next sibling and
     * the last colour in two arrays (24 KB beside the string table's 32 KB, where these take 16 KB), case b's lossy
     * LZW took 0.92-0.93x the time (the encoder's calls replayed alone, 14 rounds).
     */
    private final int[] sibling = new int[MAX_CODES];

    private byte[] out = new byte[1 << 16];
    private int outLength;
    private long bitBuffer;
    private int bitCount;

    /** The compressed bytes of the last {@link #encode} call (valid up to {@link #length()}). */
    public byte[] buffer() {
        return out;
    }

    public int length() {
        return outLength;
    }

    /** The minimum code size for a colour table of {@code tableSize} entries: at least 2, as GIF requires. */
    public static int minCodeSize(int tableSize) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(tableSize - 1, 1));
        return Math.max(2, bits);
    }

    /**
     * Compresses {@code count} palette indices; every index must be below {@code 1 << minCodeSize}.
     *
     * @return the number of bytes now in {@link #buffer()}
     */
    public int encode(byte[] indices, int count, int minCodeSize) {
        return encode(indices, count, minCodeSize, null, -1, 0);
    }

    /**
     * Lossy compression (as gifsicle's {@code --lossy}): where the string so far cannot be extended by the next index,
     * it is extended by another index whose palette colour is within {@code maxError} of that index's colour
     * ({@link dev.jiffy.gif.quantize.ColorMetric} units), the closest one if several, so strings grow longer and fewer
     * codes are written. Each pixel's error is bounded by {@code maxError} on its own: errors do not add up. The
     * transparent index is never given to or taken from another pixel. {@code indices} is rewritten with what the
     * stream decodes to.
     *
     * @param palette     the colours (0xRRGGBB) of the indices; may be null when {@code maxError} is 0
     * @param transparent the transparent index, or -1
     * @param maxError    0 for lossless compression
     * @return the number of bytes now in {@link #buffer()}
     */
    public int encode(byte[] indices, int count, int minCodeSize, int[] palette, int transparent, int maxError) {
        return encode(indices, count, minCodeSize, palette, transparent, maxError, null, 0, 0, 1);
    }

    /**
     * Lossy compression measured against the source: an index {@code k} may stand in for a pixel's index {@code c}
     * when {@code |palette[k] - source| <= |palette[c] - source| + maxError}, source being the pixel's colour in
     * {@code target}: pixel i of the rectangle ({@code width} pixels a row) is {@code target[offset + (i / width) *
     * stride + i % width]}. With a null target the reference is {@code palette[c]}.
     */
    public int encode(byte[] indices, int count, int minCodeSize, int[] palette, int transparent, int maxError,
            int[] target, int offset, int stride, int width) {
        return encode(indices, count, minCodeSize, palette, transparent, maxError, target, null, offset, stride, width);
    }

    /**
     * As above, and the transparent index takes part too: its colour at pixel i is what is already displayed there,
     * {@code shown} (0xAARRGGBB, laid out as {@code target}; 0 where nothing is displayed). A written pixel may then
     * become transparent when the displayed colour is as good within {@code maxError}, and a transparent pixel may
     * take a colour at least as close to its source as the displayed one, so kept and written pixels merge into long
     * strings. A pixel over nothing displayed stays as it is when transparent (it must show through), and never
     * becomes transparent. Measured on grainy film (His Girl Friday, 400 px, 12.5 fps) and live action, where noise
     * leaves kept and written pixels interleaved, this is what lets lossy LZW work at all there.
     *
     * <p>Texture masks error: a written pixel's budget grows by up to {@value #TEXTURE_WEIGHT} times its source's
     * {@link ColorMetric#texture texture} (its second smallest difference from a neighbour), so grain, noise and
     * foliage, where the eye and SSIM both forgive small errors, take long strings, while flat areas, gradients, edges
     * and thin lines (whose texture is low: neighbours along them share their colour) keep {@code maxError}. A
     * transparent pixel's budget does not grow: a still pixel must not drift from frame to frame.
     *
     * @param shown the displayed colours, or null to leave the transparent index out as above
     */
    public int encode(byte[] indices, int count, int minCodeSize, int[] palette, int transparent, int maxError,
            int[] target, int[] shown, int offset, int stride, int width) {
        return encode(indices, count, minCodeSize, palette, transparent, maxError, target, shown, offset, stride, width,
                true);
    }

    /**
     * As above, with texture masking on or off: off keeps every written pixel within {@code maxError} of its own
     * choice, as for a frame whose colours are exact (graphics, few colours), where any other colour is a visible
     * change however busy the picture.
     *
     * @param maskTexture whether a written pixel's budget grows with its source's texture
     */
    public int encode(byte[] indices, int count, int minCodeSize, int[] palette, int transparent, int maxError,
            int[] target, int[] shown, int offset, int stride, int width, boolean maskTexture) {
        if (minCodeSize < 2 || minCodeSize > 8) {
            throw new IllegalArgumentException("LZW minimum code size " + minCodeSize + " is out of range 2..8");
        }
        outLength = 0;
        bitBuffer = 0;
        bitCount = 0;
        ensureCapacity(count + 64);
        final int clearCode = 1 << minCodeSize;
        final int endCode = clearCode + 1;
        int codeSize = minCodeSize + 1;
        int nextCode = clearCode + 2;
        Arrays.fill(table, EMPTY);
        emit(clearCode, codeSize);
        if (count == 0) {
            emit(endCode, codeSize);
            flushBits();
            return outLength;
        }
        boolean lossy = maxError > 0;
        // texture masks its full weight at quality 75's budget, in proportion below it and in inverse proportion
        // above it (see MASK_FULL_AT)
        // (int arithmetic: the masked error, at most MAX_MASKED_ERROR, times at most MASK_FULL_AT fits)
        int maskShare = (int) Math.min(maxError, MASK_FULL_AT);
        int maskOf = (int) Math.max(maxError, MASK_FULL_AT);
        if (lossy) {
            Arrays.fill(firstChild, (short) -1);
        }
        int[] table = this.table;
        int prefix = indices[0] & 0xFF;
        // pixel i's place in target: rowStart + i - (rowEnd - width), rowEnd being the first pixel of the next row,
        // moved on at a miss rather than divided out
        int rowEnd = width;
        int rowStart = offset;
        int left = stride > 0 ? offset % stride : 0; // the rectangle's first column in target
        pixels:
        for (int i = 1; i < count; i++) {
            int c;
            int key;
            int h;
            // the string goes on while the table holds it (four pixels in five on case b): a loop of its own, so that
            // the JIT keeps its few values in registers and spills the lossy path's many around it, not on every pixel
            while (true) {
                c = indices[i] & 0xFF;
                key = prefix << 8 | c;
                h = (key * 0x9E3779B1) >>> (32 - HASH_BITS);
                int entry = table[h];
                // EMPTY tested first: the key 4095 << 8 | 255 would match it
                while (entry != EMPTY && entry >>> 12 != key) {
                    h = (h + 1) & HASH_MASK;
                    entry = table[h];
                }
                if (entry == EMPTY) {
                    break;
                }
                prefix = entry & 0xFFF;
                if (++i == count) {
                    break pixels;
                }
            }
            // a prefix without children has nothing to stand in: its budget (a texture measure) is not worked out
            if (lossy && (c != transparent || shown != null) && firstChild[prefix] >= 0) {
                int near = -1;
                if (target == null) {
                    near = nearestChild(prefix, palette, transparent, palette[c], 0, maxError);
                } else {
                    while (i >= rowEnd) {
                        rowEnd += width;
                        rowStart += stride;
                    }
                    int column = i - (rowEnd - width);
                    int p = rowStart + column;
                    int src = target[p];
                    int display = shown == null ? 0 : shown[p];
                    if (c != transparent) {
                        int masked = maskTexture
                                ? maskedError(target, stride, p, left + column) * maskShare / maskOf : 0;
                        near = nearestChild(prefix, palette, transparent, src, display,
                                ColorMetric.distance(src, palette[c]) + darkBudget(maxError + masked, src));
                    } else if (display != 0) {
                        // no worse than what is displayed: the displayed colour may itself be a lossy choice of an
                        // earlier frame, and budgets added frame after frame would let a still pixel drift away
                        near = nearestChild(prefix, palette, transparent, src, display,
                                ColorMetric.distance(src, display));
                    }
                }
                if (near >= 0) {
                    indices[i] = (byte) sibling[near];
                    prefix = near;
                    continue;
                }
            }
            emit(prefix, codeSize);
            if (nextCode < MAX_CODES) {
                if (nextCode >= (1 << codeSize) && codeSize < 12) {
                    codeSize++;
                }
                table[h] = key << 12 | nextCode;
                if (lossy) {
                    sibling[nextCode] = firstChild[prefix] << 8 | c;
                    firstChild[prefix] = (short) nextCode;
                }
                nextCode++;
            } else {
                emit(clearCode, codeSize);
                Arrays.fill(table, EMPTY);
                if (lossy) {
                    Arrays.fill(firstChild, (short) -1);
                }
                codeSize = minCodeSize + 1;
                nextCode = clearCode + 2;
            }
            prefix = c;
        }
        emit(prefix, codeSize);
        if (nextCode < MAX_CODES && nextCode >= (1 << codeSize) && codeSize < 12) {
            codeSize++;
        }
        emit(endCode, codeSize);
        flushBits();
        return outLength;
    }

    /**
     * Budget added per unit of texture. Measured on the 3 s cuts of {@code bench/pareto.sh} (Q100/90/80/70, RGB SSIM),
     * bytes at gifski's default SSIM over gifski's bytes for the bunny sample, handheld live action (cockatoo), the
     * grey 1940 film and smoke: none 0.61, 0.80, 0.90, 0.86; 2x the second smallest neighbour distance (this) 0.54,
     * 0.74, 0.80, 0.76; 4x: 0.60, 0.73, 0.80, 0.76 (the default falls to SSIM 0.938 on the bunny, past gifski's 0.952).
     * The smallest distance instead (1x, 2.5x, 4x): 0.53-0.53, 0.76-0.75, 0.85-0.82, 0.80-0.78: a minimum of four
     * samples under-reads grain. The distance from the neighbours' mean along the closer axis (zero on gradients too;
     * 2x, 4x, 8x): 0.53-0.51, 0.76-0.75, 0.86-0.84, 0.80-0.79. The mean distance (1x): 0.57, 0.72, 0.77, 0.74, but it
     * reads edges as texture and lets an edge pixel take any colour. The full run with this weight, the cap below and
     * the dither's activity fading (README, Benchmark): better on eight of ten clips; foliage 0.74 → 0.79 and the
     * screencast 0.65 → 0.75 got worse (their default's SSIM fell furthest: leaves and anti-aliased text read as
     * texture).
     */
    static final int TEXTURE_WEIGHT = 2;
    /**
     * The budget (in {@link ColorMetric} units) from which texture masks its full {@link #TEXTURE_WEIGHT}: 158, about
     * the budget of lossy level 19 (157; quality 75, where frames start to share palettes); smaller budgets (the default's 98
     * and the qualities above it) mask in proportion. Full runs of {@code bench/pareto.sh} (ten clips, 2026-12-06):
     * full at the default's 98, foliage's default fell to SSIM 0.936 and was dominated by the knob's own quality 70
     * (370,819 bytes / 0.9389 against 477,895 / 0.9358), and quality 50 wrote 0.61x and 0.62x the default's bytes on
     * smoke and foliage (the knob asks for 0.6x at most); full at 158, the default's SSIM rises 0.0003-0.012 (foliage
     * 0.948), no quality dominates another on any clip, quality 50 writes 0.39x-0.59x the default, and bytes at
     * gifski's default SSIM move by at most 0.01x (foliage 0.72x to 0.69x, the screencast 0.66x to 0.65x; live
     * action, grey film, smoke, cel and static camera 0.01x higher). At full weight at every budget quality 90 fell
     * furthest where texture is everywhere (foliage 0.79x, screencast 0.75x). Larger budgets (qualities below 75,
     * where the knob's keep margin takes in the lossy budget too) mask in inverse proportion: at full weight there,
     * bytes rose from quality 40 to 35 on GifQualityTest's screencast and from 50 to 40 on its noisy colour clip, and
     * EncodingOptionsTest's shared palettes lost their edge when masking was off.
     */
    static final long MASK_FULL_AT = 158;
    /**
     * The channel level below which a written pixel's lossy budget shrinks: 32. SSIM's luminance term judges an offset
     * {@code d} at a local mean {@code m} by {@code d² / (2m² + C1)} (C1 = (0.01·255)² ≈ 7), and the RGB SSIM of
     * {@code bench/pareto.sh} takes it per channel, so a budget that lets a whole run of near-black pixels take a
     * colour a few levels off costs far more SSIM there than the same error on a bright area. The budget is scaled by
     * {@code (2m² + 7) / (2·32² + 7)} below 32, m being the pixel's darkest channel (a saturated blue bar is as dark as
     * black in red and green). Measured on the 3 s cuts (2026-12-07, this scaling against none; level 16, 24 and 32):
     * the SMPTE bars' quality 50, whose black areas drifted, went from 52,387 bytes / SSIM 0.8849 to 53,725 / 0.9901 at
     * 32 (0.9886 at 16, where bytes rose from 70 to 65); the screencast's (dark text) quality 70 from 20,780 / 0.99580,
     * dominated by 65, to 20,954 / 0.99800, no longer dominated. Footage moves along its curve: bytes at gifski's
     * default SSIM, smoke 0.741x → 0.748x (16: 0.743x), live action 0.703x → 0.702x; at quality 80 the grey film
     * 915,520 / 0.9776 → 918,339 / 0.9784, the colour film 976,099 / 0.9765 → 980,406 / 0.9772.
     */
    static final int DARK_LEVEL = 32;
    /** SSIM's C1, (0.01·255)², rounded: what keeps the luminance term finite on black. */
    private static final int SSIM_C1 = 7;

    /** {@code budget} scaled down on a dark pixel (see {@link #DARK_LEVEL}). */
    static int darkBudget(int budget, int rgb) {
        int darkest = Math.min(Math.min((rgb >>> 16) & 0xFF, (rgb >>> 8) & 0xFF), rgb & 0xFF);
        if (darkest >= DARK_LEVEL) {
            return budget;
        }
        return (int) ((long) budget * (2 * darkest * darkest + SSIM_C1) / (2 * DARK_LEVEL * DARK_LEVEL + SSIM_C1));
    }

    /**
     * The most texture may add: 48 levels on every channel. Grain and sensor noise stay under it; a pattern of
     * unrelated colours (dithered input, busy graphics) would otherwise let any colour stand for any other. (Frames
     * whose colours fit their palette exactly get no texture masking at all, see the encode method.)
     */
    static final int MAX_MASKED_ERROR = (ColorMetric.WR + ColorMetric.WG + ColorMetric.WB) * 48 * 48;

    /**
     * The error that texture masks at a pixel, added to a written pixel's lossy budget: {@link #TEXTURE_WEIGHT} times
     * its {@link ColorMetric#texture}.
     *
     * @param target the source frame, row by row
     * @param stride pixels per row
     * @param p      the pixel's index in {@code target}
     * @return the extra budget, in {@link ColorMetric} units
     */
    public static int maskedError(int[] target, int stride, int p) {
        return maskedError(target, stride, p, p % stride);
    }

    /** {@link #maskedError(int[], int, int)} at column {@code x} ({@code p % stride}) of the pixel's row. */
    private static int maskedError(int[] target, int stride, int p, int x) {
        return Math.min(MAX_MASKED_ERROR, TEXTURE_WEIGHT * ColorMetric.texture(target, stride, p, x));
    }

    /**
     * The code extending {@code prefix} whose last index's colour in {@code palette} is closest to {@code rgb} within
     * maxError, or -1. The transparent index's colour is {@code display} (what is on screen), and it is not a
     * candidate where that is 0.
     */
    private int nearestChild(int prefix, int[] palette, int transparent, int rgb, int display, int maxError) {
        int best = -1;
        int bestError = maxError + 1;
        int r = (rgb >>> 16) & 0xFF;
        int g = (rgb >>> 8) & 0xFF;
        int b = rgb & 0xFF;
        for (int code = firstChild[prefix]; code >= 0; ) {
            int link = sibling[code];
            int child = code;
            code = link >> 8;
            int index = link & 0xFF;
            int q;
            if (index == transparent) {
                if (display == 0) {
                    continue;
                }
                q = display;
            } else {
                q = palette[index];
            }
            int dr = r - ((q >>> 16) & 0xFF);
            int dg = g - ((q >>> 8) & 0xFF);
            int db = b - (q & 0xFF);
            int e = ColorMetric.WR * dr * dr + ColorMetric.WG * dg * dg + ColorMetric.WB * db * db;
            if (e < bestError) {
                bestError = e;
                best = child;
            }
        }
        return best;
    }

    /**
     * Appends a code, least significant bit first. Bytes leave the bit buffer four at a time (under 44 bits are ever
     * held), so most codes cost a shift and an add: writing byte by byte was most of the compressor's time after the
     * table lookups.
     */
    private void emit(int code, int size) {
        bitBuffer |= ((long) code) << bitCount;
        bitCount += size;
        if (bitCount >= 32) {
            if (outLength + 4 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            byte[] o = out;
            int n = outLength;
            long bits = bitBuffer;
            o[n] = (byte) bits;
            o[n + 1] = (byte) (bits >>> 8);
            o[n + 2] = (byte) (bits >>> 16);
            o[n + 3] = (byte) (bits >>> 24);
            outLength = n + 4;
            bitBuffer = bits >>> 32;
            bitCount -= 32;
        }
    }

    /** Writes the bits still held, the last byte padded with zeros. */
    private void flushBits() {
        if (outLength + 8 > out.length) {
            out = Arrays.copyOf(out, out.length + 16);
        }
        while (bitCount > 0) {
            out[outLength++] = (byte) bitBuffer;
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
        bitBuffer = 0;
        bitCount = 0;
    }

    private void ensureCapacity(int n) {
        if (out.length < n) {
            out = new byte[n];
        }
    }
}
