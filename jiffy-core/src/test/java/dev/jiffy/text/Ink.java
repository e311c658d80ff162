package dev.jiffy.text;

import dev.jiffy.image.Frame;

/** Measuring pictures in tests: where the pixels that differ from a background are. */
final class Ink {
    private Ink() {
    }

    /** The box [x0, x1] × [y0, y1] (inclusive) around pixels that differ from {@code background}; null if none. */
    record Box(int x0, int y0, int x1, int y1) {
        int width() {
            return x1 - x0 + 1;
        }

        int height() {
            return y1 - y0 + 1;
        }
    }

    static Box around(Frame f, int background) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (f.pixel(x, y) != background) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Box(x0, y0, x1, y1);
    }

    /** Box around pixels that are not fully transparent. */
    static Box aroundAlpha(Frame f) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if ((f.pixel(x, y) >>> 24) != 0) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Box(x0, y0, x1, y1);
    }

    static int count(Frame f, int argb) {
        int n = 0;
        for (int p : f.toArgbArray()) {
            if (p == argb) {
                n++;
            }
        }
        return n;
    }

    /** Rows that have any non-transparent pixel, as [start, end) runs: one run per line of text. */
    static java.util.List<int[]> rowRuns(Frame f) {
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        int start = -1;
        for (int y = 0; y <= f.height(); y++) {
            boolean inked = false;
            for (int x = 0; y < f.height() && x < f.width() && !inked; x++) {
                inked = (f.pixel(x, y) >>> 24) != 0;
            }
            if (inked && start < 0) {
                start = y;
            } else if (!inked && start >= 0) {
                runs.add(new int[] {start, y});
                start = -1;
            }
        }
        return runs;
    }

    /** Centre column of the non-transparent pixels in rows [y0, y1). */
    static double centreX(Frame f, int y0, int y1) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < f.width(); x++) {
                if ((f.pixel(x, y) >>> 24) != 0) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        return (min + max) / 2.0;
    }
}
