package dev.jiffy.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file size: parsed from what people write ("8MB", "500KB", "8MiB") and printed the way services write their limits.
 * {@code B}, {@code KB}, {@code MB}, {@code GB} are decimal (1 MB = 1,000,000 bytes) and {@code KiB}, {@code MiB},
 * {@code GiB} binary: decimal is the safe reading of a service's "10 MB", since a file under 10,000,000 bytes is also
 * under 10 MiB.
 *
 * @param bytes the size, 0 or more
 */
public record ByteSize(long bytes) implements Comparable<ByteSize> {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative, got " + bytes);
        }
    }

    public static ByteSize of(long bytes) {
        return new ByteSize(bytes);
    }

    /**
     * "8MB" = 8,000,000 bytes; "8MiB" = 8,388,608; also "500KB", "500k", "1.5 MB", "123456", "123456B". Meant for
     * limits, so the size must come to at least 1 byte.
     *
     * @throws IllegalArgumentException naming the text and an example of a size, if it is not one
     */
    public static ByteSize parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size: use e.g. 8MB, 500KB or 8MiB");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        double base = unit.contains("i") ? 1024 : 1000;
        double factor = switch (unit.charAt(0)) {
            case 'k' -> base;
            case 'm' -> base * base;
            case 'g' -> base * base * base;
            default -> 1;
        };
        double bytes = Math.floor(n * factor);
        if (bytes < 1) {
            throw new IllegalArgumentException("'" + text + "' is too small a size: use at least 1 byte");
        }
        if (bytes >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
        return new ByteSize((long) bytes);
    }

    /** "954,394 bytes". */
    public String exact() {
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** "950 B", "954.4 KB", "7.60 MB": decimal units, as limits are written. */
    @Override
    public String toString() {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
    }

    @Override
    public int compareTo(ByteSize other) {
        return Long.compare(bytes, other.bytes);
    }
}
