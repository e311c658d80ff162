package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.image.Colors;
import dev.jiffy.text.Caption;
import dev.jiffy.text.CaptionStyle;
import dev.jiffy.text.FontFace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the page's caption looks and where it is, as typed (so the command and the program can repeat it): each part
 * empty means the default (Noto Sans Bold, a tenth of the GIF's height, white with a black outline a sixteenth of the
 * size, at the bottom). Drawn by the library's {@link CaptionStyle}, as {@code make --text} draws it, so the command
 * the page shows gives the same pixels.
 *
 * @param font        a font name ({@code jiffy fonts} lists them)
 * @param size        letter size in pixels, above 0
 * @param color       the letters' colour: a name or {@code #RRGGBB}
 * @param strokeColor the outline's colour
 * @param strokeWidth the outline's width in pixels, 0 for none
 * @param at          the text's top-left corner in the GIF's pixels (where it was dragged); empty for the bottom
 */
record CaptionSettings(Optional<String> font, OptionalDouble size, Optional<String> color, Optional<String> strokeColor,
                       OptionalDouble strokeWidth, Optional<Position.Point> at) {

    CaptionSettings {
        font = font.filter(f -> !f.isBlank());
        color = color.filter(c -> !c.isBlank());
        strokeColor = strokeColor.filter(c -> !c.isBlank());
        font.ifPresent(FontFace::named);   // an unknown name is said now, with make's suggestion
        color.ifPresent(c -> colour(c, "text colour"));
        strokeColor.ifPresent(c -> colour(c, "outline colour"));
    }

    /** The style a request's parameters give: font, fontSize, color, strokeColor, strokeWidth, textAt (x,y). */
    static CaptionSettings of(Params p) {
        CaptionSettings settings = new CaptionSettings(p.text("font"), p.optionalNumber("fontSize"), p.text("color"),
                p.text("strokeColor"), p.optionalNumber("strokeWidth"), p.optionalPoint("textAt"));
        settings.style();   // a size or outline out of range is said now, not when the clip is made
        return settings;
    }

    /** The library's style these settings name. */
    CaptionStyle style() {
        CaptionStyle style = CaptionStyle.DEFAULT;
        if (font.isPresent()) {
            style = style.withFont(FontFace.named(font.get()));
        }
        if (size.isPresent()) {
            style = style.withFontSize(size.getAsDouble());
        }
        if (color.isPresent()) {
            style = style.withColor(Colors.parse(color.get()));
        }
        if (strokeColor.isPresent()) {
            style = style.withStrokeColor(Colors.parse(strokeColor.get()));
        }
        if (strokeWidth.isPresent()) {
            style = style.withStrokeWidth(strokeWidth.getAsDouble());
        }
        return at.isPresent() ? style.withPosition(at.get()) : style;
    }

    /** {@code clip} with {@code lines} over it for its whole duration, in this style. */
    Clip over(Clip clip, String lines) {
        try {
            return style().over(clip, lines, 0, clip.duration());
        } catch (Caption.Outside e) {
            // only the position's own mistake names it; a glyph the font lacks says so itself, wherever the text is
            throw new IllegalArgumentException("the caption at " + e.getMessage() + ": drag it onto the picture", e);
        }
    }

    /** The {@code jiffy make} options for this style (after {@code --text}). */
    List<String> makeOptions() {
        List<String> args = new ArrayList<>();
        font.ifPresent(f -> args.addAll(List.of("--font", f)));
        size.ifPresent(s -> args.addAll(List.of("--font-size", Settings.plain(s))));
        color.ifPresent(c -> args.addAll(List.of("--text-color", c)));
        strokeColor.ifPresent(c -> args.addAll(List.of("--stroke-color", c)));
        strokeWidth.ifPresent(w -> args.addAll(List.of("--stroke-width", Settings.plain(w))));
        at.ifPresent(p -> args.addAll(List.of("--text-pos", p.x() + "," + p.y())));
        return args;
    }

    private static void colour(String text, String what) {
        try {
            Colors.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " '" + text + "': " + e.getMessage());
        }
    }
}
