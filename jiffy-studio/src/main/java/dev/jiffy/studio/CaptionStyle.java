package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.clip.Position.Anchor;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Size;
import dev.jiffy.text.Caption;
import dev.jiffy.text.FontFace;
import dev.jiffy.text.TextClip;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the page's caption looks and where it is: each part empty means {@code jiffy make}'s default (Noto Sans Bold,
 * a tenth of the GIF's height, white with a black outline a sixteenth of the size, at the bottom). Drawn as
 * {@code make --text} draws it, so the command the page shows gives the same pixels.
 *
 * @param font        a font name ({@code jiffy fonts} lists them)
 * @param size        letter size in pixels, above 0
 * @param color       the letters' colour: a name or {@code #RRGGBB}
 * @param strokeColor the outline's colour
 * @param strokeWidth the outline's width in pixels, 0 for none
 * @param at          the text's top-left corner in the GIF's pixels (where it was dragged); empty for the bottom
 */
record CaptionStyle(Optional<String> font, OptionalDouble size, Optional<String> color, Optional<String> strokeColor,
                    OptionalDouble strokeWidth, Optional<Position.Point> at) {

    CaptionStyle {
        font = font.filter(f -> !f.isBlank());
        color = color.filter(c -> !c.isBlank());
        strokeColor = strokeColor.filter(c -> !c.isBlank());
        font.ifPresent(FontFace::named);   // an unknown name is said now, with make's suggestion
        color.ifPresent(c -> colour(c, "text colour"));
        strokeColor.ifPresent(c -> colour(c, "outline colour"));
        if (size.isPresent() && !(size.getAsDouble() > 0)) {
            throw new IllegalArgumentException("the font size must be above 0 pixels, got " + size.getAsDouble());
        }
        if (strokeWidth.isPresent() && !(strokeWidth.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("the outline must be 0 or more pixels, got " + strokeWidth.getAsDouble());
        }
    }

    /** The style a request's parameters give: font, fontSize, color, strokeColor, strokeWidth, textAt (x,y). */
    static CaptionStyle of(Params p) {
        return new CaptionStyle(p.text("font"), p.optionalNumber("fontSize"), p.text("color"), p.text("strokeColor"),
                p.optionalNumber("strokeWidth"), p.optionalPoint("textAt"));
    }

    /** {@code clip} with {@code lines} over it for its whole duration, in this style. */
    Clip over(Clip clip, String lines) {
        Size canvas = clip.size();
        double letters = size.orElse(Caption.defaultFontSize(canvas));
        TextClip text = TextClip.of(lines)
                .withFont(font.map(FontFace::named).orElse(FontFace.defaultFace()))
                .withFontSize(letters)
                .withColor(color.map(Colors::parse).orElse(Colors.WHITE))
                .withStroke(strokeColor.map(Colors::parse).orElse(Colors.BLACK),
                        strokeWidth.orElse(Caption.defaultStrokeWidth(letters)));
        if (at.isPresent()) {
            try {
                return Caption.placed(text, at.get(), clip, 0, clip.duration());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the caption at " + e.getMessage() + ": drag it onto the picture", e);
            }
        }
        return new Caption(text, Anchor.CENTER, Anchor.BOTTOM).over(clip, 0, clip.duration());
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
