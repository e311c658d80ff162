package dev.jiffy.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A named upload limit ({@code discord}: 10 MB), read from {@code size-presets.properties} beside this class, where
 * each limit carries the date and source it was checked against (services change them; edit the file).
 *
 * @param name        lower-case name, as {@code --target} takes it
 * @param limit       the largest file the service accepts
 * @param description what the limit is for, e.g. "Discord upload, free account"
 */
public record SizePreset(String name, ByteSize limit, String description) {
    private static final String FILE = "size-presets.properties";

    /** Every preset, in the file's order. */
    public static List<SizePreset> all() {
        try (InputStream in = SizePreset.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the jiffy-core jar");
            }
            // Properties loses the order, and the order is how the presets are listed to users; these simple
            // "name=size|description" lines are read here with the same comment syntax.
            List<SizePreset> result = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                    continue;
                }
                String name = l.substring(0, l.indexOf('=')).strip().toLowerCase(Locale.ROOT);
                String value = l.substring(l.indexOf('=') + 1).strip();
                int bar = value.indexOf('|');
                String description = bar < 0 ? "" : value.substring(bar + 1).strip();
                result.add(new SizePreset(name, ByteSize.parse(bar < 0 ? value : value.substring(0, bar)), description));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset called {@code name} (any case), if there is one. */
    public static Optional<SizePreset> find(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(p -> p.name.equals(key)).findFirst();
    }

    /**
     * The preset called {@code name} (any case).
     *
     * @throws IllegalArgumentException listing the known names and their limits, if there is none by that name
     */
    public static SizePreset named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown size target '" + name
                + "': use one of " + listing()));
    }

    /** "discord (10.00 MB), discord-emoji (256.0 KB), ...": the known names, for messages that list them. */
    public static String listing() {
        return String.join(", ", all().stream().map(p -> p.name + " (" + p.limit + ")").toList());
    }
}
