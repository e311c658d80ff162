package dev.jiffy.time;

import java.util.Locale;

/**
 * MoviePy's ways of writing a time, as seconds: {@code 83.5}, {@code "1:22.65"}, {@code "01:01:22.65"},
 * {@code ms(1, 22.65)}, {@code hms(1, 1, 22.65)}. Negative times count back from the end of a clip; that is resolved
 * by the clip, not here.
 */
public final class Times {
    private Times() {
    }

    /** Minutes and seconds, as MoviePy's {@code (1, 22.65)}. */
    public static double ms(int minutes, double seconds) {
        return hms(0, minutes, seconds);
    }

    /** Hours, minutes and seconds, as MoviePy's {@code (1, 1, 22.65)}. */
    public static double hms(int hours, int minutes, double seconds) {
        double sign = hours < 0 || minutes < 0 || seconds < 0 ? -1 : 1;
        return sign * (Math.abs(hours) * 3600.0 + Math.abs(minutes) * 60.0 + Math.abs(seconds));
    }

    /** A decimal number without sign: "83", "1.5", ".5", "1e3". */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
            "(\\d+(\\.\\d*)?|\\.\\d+)(e[+-]?\\d+)?");

    /**
     * Parses "83.5", "1:22.65", "01:01:22.65", "-2.5" (2.5 s before the end), or with units "1m22.65s", "90s", "1h2m".
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static double parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            boolean negative = s.startsWith("-");
            String body = negative ? s.substring(1) : s;
            double value = body.matches(".*[hms]$") ? parseUnits(body) : parseColons(body);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: use seconds (83.5), m:s (1:22.65), "
                    + "h:m:s (01:01:22.65) or units (1m22.65s)");
        }
    }

    private static double parseColons(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length > 3 || s.isEmpty()) {
            throw new NumberFormatException();
        }
        double total = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            // Only digits: Double.parseDouble would also take " -1" (it trims, so "- -1" was +1 s; found by fuzzing),
            // "NaN", "0x1p3" and "1d".
            if (!DECIMAL.matcher(p).matches()) {
                throw new NumberFormatException();
            }
            double v = Double.parseDouble(p);
            if (i > 0 && v >= 60) {
                throw new NumberFormatException();
            }
            total = total * 60 + v;
        }
        return total;
    }

    private static double parseUnits(String s) {
        var m = java.util.regex.Pattern.compile("(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)m)?(?:(\\d+(?:\\.\\d+)?)s)?")
                .matcher(s);
        if (!m.matches()) {
            throw new NumberFormatException();
        }
        double total = 0;
        double[] scale = {3600, 60, 1};
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                total += Double.parseDouble(m.group(g)) * scale[g - 1];
            }
        }
        return total;
    }

    /** "1:22.650" style text for messages and tables; seconds below a minute as "12.5 s". */
    public static String format(double seconds) {
        if (Math.abs(seconds) < 60) {
            return String.format(Locale.ROOT, "%.3f", seconds).replaceAll("0+$", "").replaceAll("\\.$", "") + " s";
        }
        long ms = Math.round(Math.abs(seconds) * 1000);
        String sign = seconds < 0 ? "-" : "";
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        double s = ms % 60_000 / 1000.0;
        String sec = String.format(Locale.ROOT, "%06.3f", s);
        return h > 0 ? String.format(Locale.ROOT, "%s%d:%02d:%s", sign, h, m, sec) : String.format(Locale.ROOT, "%s%d:%s", sign, m, sec);
    }
}
