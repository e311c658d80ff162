package dev.jiffy.text;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.clip.Position.Anchor;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Size;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a caption looks and where it goes, each part left empty for the default: the bundled Noto Sans Bold, letters a
 * tenth of the picture's height ({@link Caption#defaultFontSize}), white with a black outline a sixteenth of the
 * letter size ({@link Caption#defaultStrokeWidth}), at the bottom centre. The one meaning of {@code jiffy make}'s
 * {@code --text-*} options and of the studio's caption, so both draw the same pixels:
 *
 * <pre>{@code
 * Clip captioned = CaptionStyle.DEFAULT.withFontSize(30).withColor(Colors.parse("#ffcc00"))
 *         .withPosition(new Position.Point(20, 40)).over(clip, "Hop", 0, clip.duration());
 * }</pre>
 *
 * @param font        the face; empty for {@link FontFace#defaultFace()}
 * @param fontSize    letter size in pixels, above 0; empty for a tenth of the picture's height
 * @param color       the letters' colour (ARGB); empty for white
 * @param strokeColor the outline's colour (ARGB); empty for black
 * @param strokeWidth how far the outline reaches beyond the letters, in pixels (0 for none); empty for a sixteenth of
 *                    the letter size
 * @param horizontal  LEFT, CENTER or RIGHT, for anchored text (also its lines' alignment)
 * @param vertical    TOP, CENTER or BOTTOM, for anchored text
 * @param at          the text's top-left corner in the picture's pixels, which overrides the anchors; empty to anchor
 */
public record CaptionStyle(Optional<FontFace> font, OptionalDouble fontSize, OptionalInt color,
                           OptionalInt strokeColor, OptionalDouble strokeWidth, Anchor horizontal, Anchor vertical,
                           Optional<Position.Point> at) {
    /** Every part the default: white letters, black outline, Noto Sans Bold, at the bottom centre. */
    public static final CaptionStyle DEFAULT = new CaptionStyle(Optional.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalDouble.empty(), Anchor.CENTER, Anchor.BOTTOM,
            Optional.empty());

    /**
     * Checks the sizes.
     *
     * @param font        the face; empty for the default
     * @param fontSize    letter size in pixels; empty for the default
     * @param color       the letters' colour; empty for white
     * @param strokeColor the outline's colour; empty for black
     * @param strokeWidth the outline's width; empty for the default
     * @param horizontal  LEFT, CENTER or RIGHT
     * @param vertical    TOP, CENTER or BOTTOM
     * @param at          the text's top-left corner; empty to anchor
     * @throws IllegalArgumentException if the font size is not above 0 or the outline is negative
     */
    public CaptionStyle {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(fontSize, "fontSize");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(strokeColor, "strokeColor");
        Objects.requireNonNull(strokeWidth, "strokeWidth");
        Objects.requireNonNull(horizontal, "horizontal");
        Objects.requireNonNull(vertical, "vertical");
        Objects.requireNonNull(at, "at");
        if (fontSize.isPresent() && !(fontSize.getAsDouble() > 0 && Double.isFinite(fontSize.getAsDouble()))) {
            throw new IllegalArgumentException("the font size must be above 0 pixels, got " + fontSize.getAsDouble());
        }
        if (strokeWidth.isPresent() && !(strokeWidth.getAsDouble() >= 0 && Double.isFinite(strokeWidth.getAsDouble()))) {
            throw new IllegalArgumentException("the outline must be 0 or more pixels, got " + strokeWidth.getAsDouble());
        }
    }

    /**
     * This style in another face.
     *
     * @param face the font
     * @return a copy with that change
     */
    public CaptionStyle withFont(FontFace face) {
        return new CaptionStyle(Optional.of(Objects.requireNonNull(face, "face")), fontSize, color, strokeColor,
                strokeWidth, horizontal, vertical, at);
    }

    /**
     * This style with letters {@code pixels} high.
     *
     * @param pixels the font size, above 0
     * @return a copy with that change
     * @throws IllegalArgumentException if {@code pixels} is not above 0
     */
    public CaptionStyle withFontSize(double pixels) {
        return new CaptionStyle(font, OptionalDouble.of(pixels), color, strokeColor, strokeWidth, horizontal, vertical,
                at);
    }

    /**
     * This style with letters of colour {@code argb}.
     *
     * @param argb the colour, e.g. {@code Colors.parse("#ffcc00")}
     * @return a copy with that change
     */
    public CaptionStyle withColor(int argb) {
        return new CaptionStyle(font, fontSize, OptionalInt.of(argb), strokeColor, strokeWidth, horizontal, vertical,
                at);
    }

    /**
     * This style with an outline of colour {@code argb}.
     *
     * @param argb the outline's colour
     * @return a copy with that change
     */
    public CaptionStyle withStrokeColor(int argb) {
        return new CaptionStyle(font, fontSize, color, OptionalInt.of(argb), strokeWidth, horizontal, vertical, at);
    }

    /**
     * This style with an outline {@code pixels} wide.
     *
     * @param pixels 0 or more (0: no outline)
     * @return a copy with that change
     * @throws IllegalArgumentException if {@code pixels} is negative
     */
    public CaptionStyle withStrokeWidth(double pixels) {
        return new CaptionStyle(font, fontSize, color, strokeColor, OptionalDouble.of(pixels), horizontal, vertical,
                at);
    }

    /**
     * This style anchored to a side or corner of the picture (wrapped to its width, aligned that way).
     *
     * @param horizontal LEFT, CENTER or RIGHT
     * @param vertical   TOP, CENTER or BOTTOM
     * @return a copy with that change, no longer at a pixel position
     */
    public CaptionStyle withAnchor(Anchor horizontal, Anchor vertical) {
        return new CaptionStyle(font, fontSize, color, strokeColor, strokeWidth, horizontal, vertical,
                Optional.empty());
    }

    /**
     * This style with the text's top-left corner at {@code point} of the picture (not wrapped).
     *
     * @param point pixels of the picture; may be negative, so the text is cut at the edge
     * @return a copy with that change
     */
    public CaptionStyle withPosition(Position.Point point) {
        return new CaptionStyle(font, fontSize, color, strokeColor, strokeWidth, horizontal, vertical,
                Optional.of(Objects.requireNonNull(point, "point")));
    }

    /**
     * The styled text, sized for a picture of {@code canvas}.
     *
     * @param lines  the words; a line break starts a new line
     * @param canvas the size of the picture it goes over (the default letter size follows its height)
     * @return the text, not yet wrapped or placed
     */
    public TextClip text(String lines, Size canvas) {
        double size = fontSize.orElse(Caption.defaultFontSize(canvas));
        return TextClip.of(lines)
                .withFont(font.orElse(FontFace.defaultFace()))
                .withFontSize(size)
                .withColor(color.orElse(Colors.WHITE))
                .withStroke(strokeColor.orElse(Colors.BLACK), strokeWidth.orElse(Caption.defaultStrokeWidth(size)));
    }

    /**
     * {@code clip} with {@code lines} over it in this style from {@code start} to {@code end}.
     *
     * @param clip  the clip to caption
     * @param lines the words; a line break starts a new line
     * @param start when the text appears, in seconds of the clip
     * @param end   when it goes, in seconds of the clip
     * @return the captioned clip, the size of {@code clip}
     * @throws Caption.Outside          if the text placed at a position would be wholly outside the picture (the
     *                                  message starts with the position)
     * @throws IllegalArgumentException if anchored text does not fit, or the text cannot be set (a glyph its font
     *                                  lacks)
     */
    public Clip over(Clip clip, String lines, double start, double end) {
        TextClip text = text(lines, clip.size());
        if (at.isPresent()) {
            return Caption.placed(text, at.get(), clip, start, end);
        }
        return new Caption(text, horizontal, vertical).over(clip, start, end);
    }
}
