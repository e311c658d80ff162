package dev.jiffy.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every kind of output the compatibility checks cover ({@link CompatibilityTest}: other decoders;
 * {@link BrowserPlaybackTest}: Chromium), as {@code jiffy make} arguments without {@code -o}, and the one way their
 * pixels are compared.
 */
final class OutputKinds {
    private static final String[] CUT =
            {CliRun.SAMPLE.toString(), "--from", "2", "--duration", "0.6", "--width", "96", "--fps", "10"};
    /**
     * A still camera: from 9.3 s only branch and sky are left, so the bird leaves transparent pixels, frames restored
     * to the background and small sub-rectangles behind it.
     */
    private static final String[] BIRD = {CliRun.SAMPLE.toString(), "--from", "8.4", "--to", "10", "--crop",
            "280,20,1080,640", "--width", "96", "--fps", "5", "--remove-background", "--bg-times", "9.3,9.5,9.7,9.9",
            "--bg-min-size", "10"};

    private OutputKinds() {
    }

    /** Name to arguments, in a fixed order. */
    static Map<String, String[]> all() {
        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put("default", join(CUT));
        kinds.put("quality 25 (palettes shared by a scene)", join(CUT, "--quality", "25"));
        kinds.put("one global palette", join(CUT, "--palette", "global"));
        kinds.put("lossy 80, error diffusion", join(CUT, "--lossy", "80", "--dither", "FLOYD_STEINBERG"));
        kinds.put("fuzz 5, 16 colours, no dither", join(CUT, "--fuzz", "5", "--colors", "16", "--dither", "NONE"));
        kinds.put("loop 3", join(CUT, "--loop", "3"));
        kinds.put("boomerang with text, played once", join(CUT, "--boomerang", "--text", "Hi", "--loop", "1"));
        kinds.put("background removed (transparent)", join(BIRD));
        kinds.put("background removed, palettes shared by a scene", join(BIRD, "--quality", "60"));
        return kinds;
    }

    /**
     * Same colour where opaque, exactly; transparent in both where transparent (a transparent pixel's RGB means
     * nothing). The message counts every pixel that differs.
     */
    static void assertSamePixels(int[] expected, int[] actual, int width, String what) {
        if (actual.length != expected.length) {
            throw new AssertionError(what + ": " + actual.length + " pixels, Jiffy's decoder has " + expected.length);
        }
        int differ = 0;
        int first = -1;
        int maxChannel = 0;
        for (int p = 0; p < expected.length; p++) {
            int e = expected[p] >>> 24 == 0 ? 0 : expected[p];
            int a = actual[p] >>> 24 == 0 ? 0 : actual[p];
            if (e != a) {
                if (differ++ == 0) {
                    first = p;
                }
                for (int shift = 0; shift < 32; shift += 8) {
                    maxChannel = Math.max(maxChannel, Math.abs((e >>> shift & 0xFF) - (a >>> shift & 0xFF)));
                }
            }
        }
        if (differ > 0) {
            throw new AssertionError(what + ": " + differ + " of " + expected.length + " pixels differ (by up to "
                    + maxChannel + " in a channel); the first, at (" + first % width + ", " + first / width + "), is "
                    + Integer.toHexString(actual[first]) + ", Jiffy's decoder says " + Integer.toHexString(expected[first]));
        }
    }

    /** {@code pixels} pixels of RGBA bytes (as decoders and canvases give them) from {@code offset}, as ARGB ints. */
    static int[] argbFromRgba(byte[] rgba, int offset, int pixels) {
        int[] argb = new int[pixels];
        for (int p = 0; p < pixels; p++) {
            int o = offset + p * 4;
            argb[p] = (rgba[o + 3] & 0xFF) << 24 | (rgba[o] & 0xFF) << 16 | (rgba[o + 1] & 0xFF) << 8 | (rgba[o + 2] & 0xFF);
        }
        return argb;
    }

    private static String[] join(String[] input, String... options) {
        return Stream.concat(Stream.of(input), Stream.of(options)).toArray(String[]::new);
    }
}
