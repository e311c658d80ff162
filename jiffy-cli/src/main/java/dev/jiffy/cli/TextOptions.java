package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.clip.Position.Anchor;
import dev.jiffy.image.Colors;
import dev.jiffy.text.Caption;
import dev.jiffy.text.CaptionStyle;
import dev.jiffy.text.FontFace;
import dev.jiffy.time.Times;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that draw a caption over the GIF: {@code --text "In my nightmares\nI see rabbits." --text-pos bottom}.
 * The text is composited over the clip after it has been cut, shaped and sped up, so {@code --text-from} and
 * {@code --text-to} are times in the GIF.
 */
final class TextOptions {
    @Option(names = "--text", paramLabel = "TEXT",
            description = "Text to draw over the GIF; \\n starts a new line.")
    String text;

    @Option(names = "--text-pos", paramLabel = "ANCHOR|X,Y", converter = PlacementConverter.class,
            description = "Where the text goes: bottom (default), top, center, left, right, top-left, top-right, "
                    + "bottom-left, bottom-right (anchored text wraps to the GIF's width and is aligned that way), "
                    + "or X,Y: the text's top-left corner in the GIF's pixels.")
    Placement position;

    @Option(names = "--font", paramLabel = "NAME|FILE", converter = FontConverter.class,
            description = "A font name (jiffy fonts lists them) or a .ttf/.otf file. Default: Noto Sans Bold (bundled).")
    FontFace font;

    @Option(names = "--font-size", paramLabel = "PX", converter = Converters.Positive.class,
            description = "Font size in pixels. Default: a tenth of the GIF's height.")
    Double fontSize;

    @Option(names = "--text-color", paramLabel = "COLOR", converter = ColorConverter.class,
            description = "Colour of the letters: a name (white, black, red, yellow, ...) or #RRGGBB / #AARRGGBB. "
                    + "Default: white.")
    Integer color;

    @Option(names = "--stroke-color", paramLabel = "COLOR", converter = ColorConverter.class,
            description = "Colour of the outline around the letters. Default: black.")
    Integer strokeColor;

    @Option(names = "--stroke-width", paramLabel = "PX", converter = Converters.NumberOrZero.class,
            description = "How far the outline reaches beyond the letters, in pixels; 0 for none. "
                    + "Default: a sixteenth of the font size (at least 1).")
    Double strokeWidth;

    @Option(names = "--text-from", paramLabel = "T", converter = Converters.Time.class,
            description = "When the text appears, in the GIF's time (after --from/--to and --speed); negative counts "
                    + "from the end. Default: 0.")
    Double from;

    @Option(names = "--text-to", paramLabel = "T", converter = Converters.Time.class,
            description = "When the text goes, in the GIF's time. Default: the end.")
    Double to;

    /** Where the text goes: an anchor on each axis, or a pixel position. */
    record Placement(Anchor horizontal, Anchor vertical, Position.Point point) {
        static final Placement BOTTOM = new Placement(Anchor.CENTER, Anchor.BOTTOM, null);
    }

    /** {@code clip} with the text over it, or {@code clip} itself when there is no {@code --text}. */
    Clip apply(Clip clip) {
        if (text == null) {
            String stray = stray();
            if (stray != null) {
                throw new IllegalArgumentException(stray + " is for a text: add --text \"...\"");
            }
            return clip;
        }
        String lines = text.replace("\\n", "\n");
        if (lines.isBlank()) {
            throw new IllegalArgumentException("--text is empty: give the words to draw, e.g. --text \"Hello\"");
        }
        double duration = clip.duration();
        double start = time("--text-from", from, 0, duration);
        double end = time("--text-to", to, duration, duration);
        if (start >= duration - 1e-9) {
            throw new IllegalArgumentException("--text-from " + Times.format(from) + " is at or past the end of the GIF, "
                    + "which lasts " + Times.format(duration) + " (after --from/--to and --speed)");
        }
        if (end > duration + 1e-9) {
            throw new IllegalArgumentException("--text-to " + Times.format(to) + " is past the end of the GIF, which lasts "
                    + Times.format(duration) + " (after --from/--to and --speed)");
        }
        if (end <= start) {
            throw new IllegalArgumentException("--text-to " + Times.format(end) + " must be after --text-from "
                    + Times.format(start));
        }
        try {
            return style().over(clip, lines, start, end);
        } catch (Caption.Outside e) {
            // the position's own mistake; others (a glyph the font lacks, anchored text that does not fit) say
            // themselves what is wrong
            throw new IllegalArgumentException("--text-pos " + e.getMessage(), e);
        }
    }

    /** The library's caption style these options name. */
    private CaptionStyle style() {
        CaptionStyle style = CaptionStyle.DEFAULT;
        if (font != null) {
            style = style.withFont(font);
        }
        if (fontSize != null) {
            style = style.withFontSize(fontSize);
        }
        if (color != null) {
            style = style.withColor(color);
        }
        if (strokeColor != null) {
            style = style.withStrokeColor(strokeColor);
        }
        if (strokeWidth != null) {
            style = style.withStrokeWidth(strokeWidth);
        }
        Placement where = position != null ? position : Placement.BOTTOM;
        return where.point() == null ? style.withAnchor(where.horizontal(), where.vertical())
                : style.withPosition(where.point());
    }

    private String stray() {
        if (position != null) {
            return "--text-pos";
        } else if (font != null) {
            return "--font";
        } else if (fontSize != null) {
            return "--font-size";
        } else if (color != null) {
            return "--text-color";
        } else if (strokeColor != null) {
            return "--stroke-color";
        } else if (strokeWidth != null) {
            return "--stroke-width";
        } else if (from != null) {
            return "--text-from";
        } else if (to != null) {
            return "--text-to";
        }
        return null;
    }

    /** A time in the GIF: the default when not given, negative counting back from the end. */
    private static double time(String option, Double value, double otherwise, double duration) {
        if (value == null) {
            return otherwise;
        }
        double t = value < 0 ? duration + value : value;
        if (t < 0) {
            throw new IllegalArgumentException(option + " " + Times.format(value) + " is before the start of the GIF, "
                    + "which lasts " + Times.format(duration));
        }
        return t;
    }

    /** "white", "#FFCC00", "#80000000". */
    static final class ColorConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Colors.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A font name, or a path to a .ttf/.otf file. */
    static final class FontConverter implements ITypeConverter<FontFace> {
        @Override
        public FontFace convert(String value) {
            try {
                return looksLikeAFile(value) ? FontFace.file(Path.of(value)) : FontFace.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage() + " (jiffy fonts lists them all)");
            } catch (JiffyException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        private static boolean looksLikeAFile(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            return v.endsWith(".ttf") || v.endsWith(".otf") || v.endsWith(".ttc") || v.endsWith(".otc")
                    || v.contains("/") || v.contains("\\") || Files.isRegularFile(Path.of(value));
        }
    }

    /** "bottom", "top-left", "center", or "X,Y" pixels (may be negative). */
    static final class PlacementConverter implements ITypeConverter<Placement> {
        private static final String FORMS = "use an anchor (top, bottom, center, left, right, top-left, top-right, "
                + "bottom-left, bottom-right) or X,Y pixels, e.g. 20,190";

        @Override
        public Placement convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.contains(",")) {
                String[] parts = v.split(",");
                try {
                    if (parts.length == 2) {
                        return new Placement(null, null,
                                new Position.Point(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())));
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new TypeConversionException("'" + value + "' is not a text position: X,Y must be two whole "
                        + "numbers of pixels, e.g. 20,190");
            }
            Anchor horizontal = null;
            Anchor vertical = null;
            int centres = 0;
            for (String word : v.split("[-_ ]+")) {
                switch (word) {
                    case "top" -> vertical = once(vertical, Anchor.TOP, value);
                    case "bottom" -> vertical = once(vertical, Anchor.BOTTOM, value);
                    case "left" -> horizontal = once(horizontal, Anchor.LEFT, value);
                    case "right" -> horizontal = once(horizontal, Anchor.RIGHT, value);
                    case "center", "centre", "middle" -> centres++;
                    default -> throw new TypeConversionException("'" + value + "' is not a text position: " + FORMS);
                }
            }
            if (centres > 1 || (centres == 1 && horizontal != null && vertical != null)) {
                throw new TypeConversionException("'" + value + "' is not a text position: " + FORMS);
            }
            return new Placement(horizontal != null ? horizontal : Anchor.CENTER,
                    vertical != null ? vertical : Anchor.CENTER, null);
        }

        private static Anchor once(Anchor already, Anchor anchor, String value) {
            if (already != null) {
                throw new TypeConversionException("'" + value + "' is not a text position: it names two places "
                        + "on one side; " + FORMS);
            }
            return anchor;
        }
    }
}
