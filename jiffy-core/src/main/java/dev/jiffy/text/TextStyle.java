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
     */
    public static TextStyle defaults() {
        return new TextStyle(FontFace.defaultFace(), DEFAULT_FONT_SIZE, Colors.WHITE, Colors.BLACK, 0, 0,
                TextAlign.LEFT, Colors.TRANSPARENT, 0);
    }

    public TextStyle withFont(FontFace face) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /**
     * The font called {@code name}: "Amiri-Bold", "Amiri Bold", "DejaVu Sans" (see {@link FontFace#named}).
     *
     * @throws IllegalArgumentException if there is none, listing the closest names
     */
    public TextStyle withFont(String name) {
        return withFont(FontFace.named(name));
    }

    /** The font in a TrueType or OpenType file (see {@link FontFace#file}). */
    public TextStyle withFont(Path file) {
        return withFont(FontFace.file(file));
    }

    public TextStyle withFontSize(double pixels) {
        return new TextStyle(face, pixels, color, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /** The letters' colour, 0xAARRGGBB ({@link Colors#WHITE}, {@code 0xFFFFCC00}). */
    public TextStyle withColor(int argb) {
        return new TextStyle(face, fontSize, argb, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /** The letters' colour by name or hex code: "white", "#FFCC00" (see {@link Colors#parse}). */
    public TextStyle withColor(String color) {
        return withColor(Colors.parse(color));
    }

    /**
     * An outline of {@code argb} around the letters, reaching {@code width} pixels beyond their edges; it is drawn
     * under the letters, so a white text with a black outline reads on any background. Width 0 removes it.
     */
    public TextStyle withStroke(int argb, double width) {
        return new TextStyle(face, fontSize, color, argb, width, interline, align, background, margin);
    }

    /** An outline by colour name or hex code: {@code withStroke("black", 2)}. */
    public TextStyle withStroke(String color, double width) {
        return withStroke(Colors.parse(color), width);
    }

    /**
     * Pixels added between lines: 0 keeps the font's own line height, negative values bring lines closer
     * ({@code withInterline(-25)} as in the article, for Amiri's tall lines).
     */
    public TextStyle withInterline(double pixels) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, pixels, align, background, margin);
    }

    /** How lines line up: left (default), centred or right; in caption mode, within the caption's width. */
    public TextStyle withAlign(TextAlign align) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin);
    }

    /** A background colour for the whole picture, margin included. */
    public TextStyle withBackground(int argb) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, argb, margin);
    }

    public TextStyle withBackground(String color) {
        return withBackground(Colors.parse(color));
    }

    /** Transparent (or background-coloured) pixels added on every side. */
    public TextStyle withMargin(int pixels) {
        return new TextStyle(face, fontSize, color, strokeColor, strokeWidth, interline, align, background, pixels);
    }
}
