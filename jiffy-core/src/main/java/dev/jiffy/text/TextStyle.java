package dev.jiffy.text;

import dev.jiffy.image.Colors;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link TextClip} looks, apart from its words and its layout box: typeface, size, colours, outline, line
 * spacing, alignment and margin. A value: define a style once and give it to several texts
 * ({@code TextClip.of("Hi").withStyle(caption)}); each {@code withX} returns a changed copy.
 *
 * @param face        the typeface
 * @param fontSize    the em size in pixels (capitals are about 0.7 of it); ignored when the text is fitted to a box
 * @param color       the letters' colour, 0xAARRGGBB
 * @param strokeColor the outline's colour, 0xAARRGGBB
 * @param strokeWidth how far the outline reaches beyond the letters' edges, in pixels; 0 for none
 * @param interline   pixels added between lines (MoviePy's {@code interline}); negative brings lines closer
 * @param align       how lines line up: left, centred or right
 * @param background  the colour behind the text and margin, 0xAARRGGBB; transparent by default
 * @param margin      pixels added on every side
 */
public record TextStyle(FontFace face, double fontSize, int color, int strokeColor, double strokeWidth,
        double interline, TextAlign align, int background, int margin) {

    /** Font size in pixels when none is set. */
    public static final double DEFAULT_FONT_SIZE = 32;

    /**
     * Checks the sizes.
     *
     * @param face        the typeface
     * @param fontSize    the em size in pixels, positive
     * @param color       the letters' colour, 0xAARRGGBB
     * @param strokeColor the outline's colour, 0xAARRGGBB
     * @param strokeWidth the outline's reach in pixels, 0 or more
     * @param interline   pixels added between lines, any finite number
     * @param align       how lines line up
     * @param background  the colour behind the text, 0xAARRGGBB
     * @param margin      pixels added on every side, 0 or more
     * @throws IllegalArgumentException if a size is out of range (the message names it and shows the value)
     * @throws NullPointerException if {@code face} or {@code align} is null
     */
    public TextStyle {
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(align, "align");
        if (!(fontSize > 0) || Double.isInfinite(fontSize)) {
            throw new IllegalArgumentException("font size must be a positive number of pixels, got " + fontSize);
        }
        if (!(strokeWidth >= 0) || Double.isInfinite(strokeWidth)) {
            throw new IllegalArgumentException("stroke width must be 0 or more pixels, got " + strokeWidth);
        }
        if (!Double.isFinite(interline)) {
            throw new IllegalArgumentException("interline must be a finite number of pixels, got " + interline);
        }
        if (margin < 0) {
            throw new IllegalArgumentException("margin must be 0 or more pixels, got " + margin);
        }
    }

    /**
     * Bundled Noto Sans Bold at {@value #DEFAULT_FONT_SIZE} px, white, no outline (black when given a width), the
     * font's own line height, left-aligned, transparent background, no margin.
     *
     * @return the default style
     */
    public static TextStyle defaults() {
        return new TextStyle(FontFace.defaultFace(), DEFAULT_FONT_SIZE, Colors.WHITE, Colors.BLACK, 0, 0,
                TextAlign.LEFT, Colors.TRANSPARENT, 0);
    }

    /**
     * This style in another typeface.
     *
     * @param face the typeface, e.g. {@link FontFace#named(String)}
     * @return a copy with that change; this one is unchanged
     */
    public TextStyle withFont(FontFace face) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /**
     * The font called {@code name}: "Amiri-Bold", "Amiri Bold", "DejaVu Sans" (see {@link FontFace#named}).
     *
     * @param name a font's full name or family, bundled or installed; case and spaces/hyphens do not matter
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if there is none, listing the closest names
     */
    public TextStyle withFont(String name) {
        return withFont(FontFace.named(name));
    }

    /**
     * The font in a TrueType or OpenType file (see {@link FontFace#file}).
     *
     * @param file a .ttf or .otf file
     * @return a copy with that change; this one is unchanged
     * @throws dev.jiffy.MediaException if the file is missing, unreadable or not a TrueType/OpenType font
     */
    public TextStyle withFont(Path file) {
        return withFont(FontFace.file(file));
    }

    /**
     * The em size in pixels (capitals are about 0.7 of it); ignored when the text is fitted to a box.
     *
     * @param pixels the size, a positive number
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code pixels} is not positive and finite
     */
    public TextStyle withFontSize(double pixels) {
        return new TextStyle(face, pixels, color, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /**
     * The letters' colour, 0xAARRGGBB ({@link Colors#WHITE}, {@code 0xFFFFCC00}).
     *
     * @param argb the colour; alpha below 0xFF makes the letters see-through
     * @return a copy with that change; this one is unchanged
     */
    public TextStyle withColor(int argb) {
        return new TextStyle(face, fontSize, argb, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /**
     * The letters' colour by name or hex code: "white", "#FFCC00" (see {@link Colors#parse}).
     *
     * @param color a name ("white") or a hex code ("#FFCC00", "#80FFCC00")
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code color} is neither a known name nor a #RRGGBB or #AARRGGBB code
     */
    public TextStyle withColor(String color) {
        return withColor(Colors.parse(color));
    }

    /**
     * An outline of {@code argb} around the letters, reaching {@code width} pixels beyond their edges; it is drawn
     * under the letters, so a white text with a black outline reads on any background. Width 0 removes it.
     *
     * @param argb  the outline's colour, 0xAARRGGBB
     * @param width how far it reaches beyond the letters, in pixels, 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code width} is negative or not finite
     */
    public TextStyle withStroke(int argb, double width) {
        return new TextStyle(face, fontSize, color, argb, width, interline, align, background, margin);
    }

    /**
     * An outline by colour name or hex code: {@code withStroke("black", 2)}.
     *
     * @param color a name ("black") or a hex code ("#000000")
     * @param width how far it reaches beyond the letters, in pixels, 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code color} is neither a known name nor a #RRGGBB or #AARRGGBB code, or
     *                                  {@code width} is negative
     */
    public TextStyle withStroke(String color, double width) {
        return withStroke(Colors.parse(color), width);
    }

    /**
     * Pixels added between lines: 0 keeps the font's own line height, negative values bring lines closer
     * ({@code withInterline(-25)} as in the article, for Amiri's tall lines).
     *
     * @param pixels any finite number of pixels
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code pixels} is not finite
     */
    public TextStyle withInterline(double pixels) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, pixels, align, background, margin);
    }

    /**
     * How lines line up: left (default), centred or right; in caption mode, within the caption's width.
     *
     * @param align {@link TextAlign#LEFT}, {@link TextAlign#CENTER} or {@link TextAlign#RIGHT}
     * @return a copy with that change; this one is unchanged
     */
    public TextStyle withAlign(TextAlign align) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /**
     * A background colour for the whole picture, margin included.
     *
     * @param argb the colour, 0xAARRGGBB; {@link Colors#TRANSPARENT} for none
     * @return a copy with that change; this one is unchanged
     */
    public TextStyle withBackground(int argb) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, argb, margin);
    }

    /**
     * A background colour by name or hex code: {@code withBackground("black")}.
     *
     * @param color a name or a hex code ("#RRGGBB", "#AARRGGBB")
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code color} is neither a known name nor a #RRGGBB or #AARRGGBB code
     */
    public TextStyle withBackground(String color) {
        return withBackground(Colors.parse(color));
    }

    /**
     * Transparent (or background-coloured) pixels added on every side.
     *
     * @param pixels 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code pixels} is negative
     */
    public TextStyle withMargin(int pixels) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, background, pixels);
    }
}
