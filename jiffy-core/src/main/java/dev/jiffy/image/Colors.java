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
    public static final int TRANSPARENT = 0x00000000;
    public static final int WHITE = 0xFFFFFFFF;
    public static final int BLACK = 0xFF000000;
    public static final int RED = 0xFFFF0000;
    public static final int GREEN = 0xFF00C000;
    public static final int BLUE = 0xFF0000FF;
    public static final int YELLOW = 0xFFFFFF00;
    public static final int ORANGE = 0xFFFF8800;
    public static final int CYAN = 0xFF00FFFF;
    public static final int MAGENTA = 0xFFFF00FF;
    public static final int PINK = 0xFFFFC0CB;
    public static final int PURPLE = 0xFF800080;
    public static final int GRAY = 0xFF808080;

    private static final Map<String, Integer> NAMES = table();

    private Colors() {
    }

    /** The colour names {@link #parse} knows, in a stable order. */
    public static List<String> names() {
        return List.copyOf(NAMES.keySet());
    }

    /**
     * A colour from a name ({@code white}, {@code black}, {@code red}, ..., {@code transparent}; any case) or a hex code
     * {@code #RRGGBB} (opaque) or {@code #AARRGGBB}.
     *
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

    /** {@code #RRGGBB} for an opaque colour, {@code #AARRGGBB} otherwise. */
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
