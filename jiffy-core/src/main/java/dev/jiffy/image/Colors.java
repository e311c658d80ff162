package dev.jiffy.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours as packed 0xAARRGGBB ints (the form {@link dev.jiffy.image.Frame} uses), by name or by hex code:
 * {@code Colors.WHITE}, {@code Colors.parse("orange")}, {@code Colors.parse("#FF8800")}, {@code Colors.parse("#80000000")}
 * (half-transparent black).
 */
public final class Colors {
    /** Fully transparent (alpha 0): no colour at all, what an empty GIF pixel shows. */
    public static final int TRANSPARENT = 0x00000000;
    /** Opaque white, #FFFFFF. */
    public static final int WHITE = 0xFFFFFFFF;
    /** Opaque black, #000000. */
    public static final int BLACK = 0xFF000000;
    /** Opaque red, #FF0000. */
    public static final int RED = 0xFFFF0000;
    /** Opaque green, #00C000. */
    public static final int GREEN = 0xFF00C000;
    /** Opaque blue, #0000FF. */
    public static final int BLUE = 0xFF0000FF;
    /** Opaque yellow, #FFFF00. */
    public static final int YELLOW = 0xFFFFFF00;
    /** Opaque orange, #FF8800. */
    public static final int ORANGE = 0xFFFF8800;
    /** Opaque cyan, #00FFFF. */
    public static final int CYAN = 0xFF00FFFF;
    /** Opaque magenta, #FF00FF. */
    public static final int MAGENTA = 0xFFFF00FF;
    /** Opaque pink, #FFC0CB. */
    public static final int PINK = 0xFFFFC0CB;
    /** Opaque purple, #800080. */
    public static final int PURPLE = 0xFF800080;
    /** Opaque gray, #808080. */
    public static final int GRAY = 0xFF808080;

    private static final Map<String, Integer> NAMES = table();

    private Colors() {
    }

    /**
     * The colour names {@link #parse} knows, in a stable order.
     *
     * @return the names, lower case
     */
    public static List<String> names() {
        return List.copyOf(NAMES.keySet());
    }

    /**
     * A colour from a name ({@code white}, {@code black}, {@code red}, ..., {@code transparent}; any case) or a hex code
     * {@code #RRGGBB} (opaque) or {@code #AARRGGBB}.
     *
     * @param text a name or hex code; surrounding spaces are ignored
     * @return the colour, 0xAARRGGBB
     * @throws IllegalArgumentException naming the accepted forms, for anything else
     */
    public static int parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no colour given: use a name (" + String.join(", ", NAMES.keySet())
                    + ") or #RRGGBB / #AARRGGBB");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        Integer named = NAMES.get(s.replace("grey", "gray"));
        if (named != null) {
            return named;
        }
        if (s.startsWith("#") && (s.length() == 7 || s.length() == 9) && s.substring(1).chars().allMatch(Colors::isHex)) {
            long v = Long.parseLong(s.substring(1), 16);
            return s.length() == 7 ? (int) (0xFF000000L | v) : (int) v;
        }
        throw new IllegalArgumentException("'" + text + "' is not a colour: use a name (" + String.join(", ", NAMES.keySet())
                + ") or #RRGGBB / #AARRGGBB, e.g. #FFCC00");
    }

    /**
     * {@code #RRGGBB} for an opaque colour, {@code #AARRGGBB} otherwise.
     *
     * @param argb the colour
     * @return upper-case hex, as {@link #parse} reads it back
     */
    public static String format(int argb) {
        return (argb >>> 24) == 0xFF ? String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF)
                : String.format(Locale.ROOT, "#%08X", argb);
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("white", WHITE);
        m.put("black", BLACK);
        m.put("red", RED);
        m.put("green", GREEN);
        m.put("blue", BLUE);
        m.put("yellow", YELLOW);
        m.put("orange", ORANGE);
        m.put("cyan", CYAN);
        m.put("magenta", MAGENTA);
        m.put("pink", PINK);
        m.put("purple", PURPLE);
        m.put("gray", GRAY);
        m.put("transparent", TRANSPARENT);
        return Collections.unmodifiableMap(m);
    }
}
