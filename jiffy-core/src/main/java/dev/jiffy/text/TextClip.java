package dev.jiffy.text;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.ImageClip;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Text drawn in-process with Java2D, as a still clip (MoviePy's {@code TextClip}, without ImageMagick). A
 * {@code TextClip} is an immutable description; each setter returns a changed copy, and {@link #toClip()} draws it:
 *
 * <pre>{@code
 * Clip text = TextClip.of("In my nightmares\nI see rabbits.")
 *         .fontSize(30).color(WHITE).font("Amiri-Bold").interline(-25)
 *         .toClip()                       // a still that lasts forever...
 *         .withPosition(20, 190)
 *         .withDuration(olaf.duration()); // ...until given a duration
 * CompositeClip.of(olaf, text).writeGif("olaf.gif", GifExport.fps(10).withFuzz(2));
 * }</pre>
 *
 * <p>The picture is a tight box around the letters and their outline (nothing clipped; {@link #margin} adds room),
 * on a transparent background unless {@link #background} says otherwise. Its alpha channel is the text's coverage,
 * so it composites cleanly over video. Text is antialiased, measured with fractional metrics and shaped by Java2D
 * (ligatures, Arabic joining, right-to-left), in the bundled Noto Sans Bold unless another {@link #font} is chosen.
 *
 * <p>Caption mode: {@link #wrap(int)} breaks lines to fit a width (the picture is then that wide, lines aligned
 * within it); {@link #fit(int, int)} also picks the largest whole font size at which the wrapped text fits a box.
 *
 * <p>Mistakes are reported when made: an unknown font name or a negative size throws at once; a text the font has no
 * glyphs for, or one that cannot fit its box, throws when drawn ({@link #toClip()}, {@link #render()}, {@link #size()}).
 */
public final class TextClip {
    /** Font size in pixels when none is set. */
    public static final double DEFAULT_FONT_SIZE = 32;

    private final String text;
    private final FontFace face;
    private final double fontSize;
    private final int color;
    private final int strokeColor;
    private final double strokeWidth;
    private final double interline;
    private final TextAlign align;
    private final int background;
    private final int margin;
    private final int boxWidth;  // 0: no wrapping
    private final int boxHeight; // 0: no fitting
    private volatile Drawn drawn;

    private record Drawn(Frame frame, double fontSize) {
    }

    private TextClip(String text, FontFace face, double fontSize, int color, int strokeColor, double strokeWidth,
            double interline, TextAlign align, int background, int margin, int boxWidth, int boxHeight) {
        this.text = text;
        this.face = face;
        this.fontSize = fontSize;
        this.color = color;
        this.strokeColor = strokeColor;
        this.strokeWidth = strokeWidth;
        this.interline = interline;
        this.align = align;
        this.background = background;
        this.margin = margin;
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
    }

    /**
     * Text with the defaults: bundled Noto Sans Bold at {@value #DEFAULT_FONT_SIZE} px, white, no outline, left-aligned,
     * transparent background. Lines are separated by '\n'.
     */
    public static TextClip of(String text) {
        Objects.requireNonNull(text, "text");
        return new TextClip(text, FontFace.defaultFace(), DEFAULT_FONT_SIZE, Colors.WHITE, Colors.BLACK, 0, 0,
                TextAlign.LEFT, Colors.TRANSPARENT, 0, 0, 0);
    }

    // ---- font ----

    /**
     * The font called {@code name}: "Amiri-Bold", "Amiri Bold", "DejaVu Sans" (see {@link FontFace#named}).
     *
     * @throws IllegalArgumentException if there is none, listing the closest names
     */
    public TextClip font(String name) {
        return font(FontFace.named(name));
    }

    /** The font in a TrueType or OpenType file (see {@link FontFace#file}). */
    public TextClip font(Path file) {
        return font(FontFace.file(file));
    }

    public TextClip font(FontFace face) {
        return new TextClip(text, Objects.requireNonNull(face, "face"), fontSize, color, strokeColor, strokeWidth,
                interline, align, background, margin, boxWidth, boxHeight);
    }

    /** The font size in pixels (the em size; capitals are about 0.7 of it). Ignored with {@link #fit}. */
    public TextClip fontSize(double pixels) {
        if (!(pixels > 0) || Double.isInfinite(pixels)) {
            throw new IllegalArgumentException("font size must be a positive number of pixels, got " + pixels);
        }
        return new TextClip(text, face, pixels, color, strokeColor, strokeWidth, interline, align, background, margin,
                boxWidth, boxHeight);
    }

    // ---- colours ----

    /** The letters' colour, 0xAARRGGBB ({@link Colors#WHITE}, {@code 0xFFFFCC00}). */
    public TextClip color(int argb) {
        return new TextClip(text, face, fontSize, argb, strokeColor, strokeWidth, interline, align, background, margin,
                boxWidth, boxHeight);
    }

    /** The letters' colour by name or hex code: "white", "#FFCC00" (see {@link Colors#parse}). */
    public TextClip color(String color) {
        return color(Colors.parse(color));
    }

    /**
     * An outline of {@code argb} around the letters, reaching {@code width} pixels beyond their edges; it is drawn
     * under the letters, so a white text with a black outline reads on any background. Width 0 removes it.
     */
    public TextClip stroke(int argb, double width) {
        if (!(width >= 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("stroke width must be 0 or more pixels, got " + width);
        }
        return new TextClip(text, face, fontSize, color, argb, width, interline, align, background, margin, boxWidth,
                boxHeight);
    }

    /** An outline by colour name or hex code: {@code stroke("black", 2)}. */
    public TextClip stroke(String color, double width) {
        return stroke(Colors.parse(color), width);
    }

    /** A background colour for the whole picture, margin included; transparent ({@link Colors#TRANSPARENT}) by default. */
    public TextClip background(int argb) {
        return new TextClip(text, face, fontSize, color, strokeColor, strokeWidth, interline, align, argb, margin,
                boxWidth, boxHeight);
    }

    public TextClip background(String color) {
        return background(Colors.parse(color));
    }

    // ---- layout ----

    /**
     * Pixels added between lines (MoviePy's {@code interline}): 0 keeps the font's own line height, negative values
     * bring lines closer ({@code interline(-25)} as in the article, for Amiri's tall lines).
     */
    public TextClip interline(double pixels) {
        if (!Double.isFinite(pixels)) {
            throw new IllegalArgumentException("interline must be a finite number of pixels, got " + pixels);
        }
        return new TextClip(text, face, fontSize, color, strokeColor, strokeWidth, pixels, align, background, margin,
                boxWidth, boxHeight);
    }

    /** How lines line up: left (default), centred or right; in caption mode, within the caption's width. */
    public TextClip align(TextAlign align) {
        return new TextClip(text, face, fontSize, color, strokeColor, strokeWidth, interline,
                Objects.requireNonNull(align, "align"), background, margin, boxWidth, boxHeight);
    }

    /** Transparent (or background-coloured) pixels added on every side. */
    public TextClip margin(int pixels) {
        if (pixels < 0) {
            throw new IllegalArgumentException("margin must be 0 or more pixels, got " + pixels);
        }
        return new TextClip(text, face, fontSize, color, strokeColor, strokeWidth, interline, align, background, pixels,
                boxWidth, boxHeight);
    }

    /**
     * Caption mode: lines are broken between words (within a word only if it is wider than the box) so that every
     * line, outline and margin included, fits {@code width} pixels. The picture is {@code width} wide.
     */
    public TextClip wrap(int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("wrapping width must be positive, got " + width);
        }
        return new TextClip(text, face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin,
                width, 0);
    }

    /**
     * Caption mode with the largest whole font size at which the text, wrapped between words to {@code width}, fits a
     * {@code width}x{@code height} box (outline and margin included); the picture is that box, the text centred
     * vertically. Replaces {@link #fontSize}; {@link #fontSizeUsed()} tells the size chosen.
     */
    public TextClip fit(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("box to fit must be positive, got " + width + "x" + height);
        }
        return new TextClip(text, face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin,
                width, height);
    }

    public TextClip fit(Size box) {
        return fit(box.width(), box.height());
    }

    // ---- results ----

    /** The text as a still clip: infinite until given a duration, placed with {@code withPosition}. */
    public Clip toClip() {
        return ImageClip.of(render());
    }

    /** The drawn picture; its alpha is the text's. */
    public Frame render() {
        return drawn().frame();
    }

    /** The size of the picture. */
    public Size size() {
        return render().size();
    }

    /** The font size the text is drawn at: {@link #fontSize}, or the one {@link #fit} chose. */
    public double fontSizeUsed() {
        return drawn().fontSize();
    }

    public String text() {
        return text;
    }

    public FontFace face() {
        return face;
    }

    // ---- drawing ----

    private Drawn drawn() {
        Drawn d = drawn;
        if (d == null) {
            d = draw();
            drawn = d;
        }
        return d;
    }

    private Drawn draw() {
        requireGlyphs();
        double size = boxHeight > 0 ? fittedSize() : fontSize;
        Font font = face.at((float) size);
        double sw = strokeWidth;
        TextBlock block;
        int w;
        int h;
        double tx;
        double ty;
        if (boxWidth == 0) {
            block = Typesetter.set(text, font, interline, align, Optional.empty(), Typesetter.Words.BREAK_IF_NEEDED)
                    .orElseThrow();
            requireInk(block);
            Rectangle2D ink = block.ink();
            int x0 = (int) Math.floor(ink.getMinX() - sw);
            int x1 = (int) Math.ceil(ink.getMaxX() + sw);
            int y0 = (int) Math.floor(ink.getMinY() - sw);
            int y1 = (int) Math.ceil(ink.getMaxY() + sw);
            w = x1 - x0 + 2 * margin;
            h = y1 - y0 + 2 * margin;
            tx = margin - x0;
            ty = margin - y0;
        } else {
            block = wrapped(font);
            Rectangle2D ink = block.ink();
            w = boxWidth;
            tx = margin + sw;
            double left = ink.getMinX() - sw + tx;
            double right = ink.getMaxX() + sw + tx;
            if (left < margin) {
                tx += margin - left; // a glyph reaching left of its advance: keep it in
            } else if (right > w - margin) {
                tx -= right - (w - margin);
            }
            int y0 = (int) Math.floor(ink.getMinY() - sw);
            int y1 = (int) Math.ceil(ink.getMaxY() + sw);
            if (boxHeight == 0) {
                h = y1 - y0 + 2 * margin;
                ty = margin - y0;
            } else {
                h = boxHeight;
                ty = Math.floorDiv(h - (y1 - y0), 2) - y0;
            }
        }
        return new Drawn(paint(block, w, h, tx, ty), size);
    }

    /** The text wrapped to the box: narrower than asked if a glyph's ink reaches past its advance. */
    private TextBlock wrapped(Font font) {
        double room = boxWidth - 2.0 * margin - 2 * strokeWidth;
        if (room < 1) {
            throw new IllegalArgumentException("a " + boxWidth + " px wide caption has no room for text after a "
                    + margin + " px margin and a " + fmt(strokeWidth) + " px outline on each side");
        }
        double width = room;
        for (int attempt = 0; attempt < 4 && width >= 1; attempt++) {
            TextBlock block = Typesetter.set(text, font, interline, align, Optional.of(width),
                    Typesetter.Words.BREAK_IF_NEEDED).orElseThrow();
            requireInk(block);
            double over = block.ink().getWidth() - room;
            if (over <= 1e-6) {
                return block;
            }
            width -= Math.max(0.5, over);
        }
        throw new IllegalArgumentException("the text does not fit a " + boxWidth + " px wide caption at "
                + fmt(font.getSize2D()) + " px: a single letter is wider than that; use a smaller font size");
    }

    /** The largest whole size at which the text, wrapped between words, fits the box (binary search). */
    private double fittedSize() {
        // Below this size a negative interline would make lines touch or cross: start the search there.
        double perPixel = Typesetter.lineHeight(face.at(100)) / 100;
        int lo = interline < 0 ? (int) Math.max(1, Math.ceil((1 - interline) / perPixel)) : 1;
        if (!fits(lo)) {
            throw new IllegalArgumentException("the text does not fit a " + boxWidth + "x" + boxHeight
                    + " box even at " + lo + " px (with a " + margin + " px margin, a " + fmt(strokeWidth)
                    + " px outline and an interline of " + fmt(interline) + " px)");
        }
        int hi = Math.max(lo + 1, boxHeight);
        while (fits(hi)) {
            lo = hi;
            if (hi >= 8192) {
                return lo;
            }
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean fits(int size) {
        Font font = face.at(size);
        double room = boxWidth - 2.0 * margin - 2 * strokeWidth;
        if (room < 1 || Typesetter.lineHeight(font) + interline < 1) {
            return false;
        }
        Optional<TextBlock> block = Typesetter.set(text, font, interline, align, Optional.of(room),
                Typesetter.Words.KEEP_WHOLE);
        if (block.isEmpty() || !block.get().hasInk()) {
            return false;
        }
        Rectangle2D ink = block.get().ink();
        int y0 = (int) Math.floor(ink.getMinY() - strokeWidth);
        int y1 = (int) Math.ceil(ink.getMaxY() + strokeWidth);
        return ink.getWidth() <= room + 1e-6 && y1 - y0 <= boxHeight - 2 * margin;
    }

    private Frame paint(TextBlock block, int w, int h, double tx, double ty) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if ((background >>> 24) != 0) {
                g.setComposite(AlphaComposite.Src);
                g.setColor(new Color(background, true));
                g.fillRect(0, 0, w, h);
                g.setComposite(AlphaComposite.SrcOver);
            }
            g.translate(tx, ty);
            if (strokeWidth > 0) {
                g.setStroke(new BasicStroke((float) (2 * strokeWidth), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(strokeColor, true));
                for (Shape line : block.lines()) {
                    g.draw(line);
                }
            }
            g.setColor(new Color(color, true));
            for (Shape line : block.lines()) {
                g.fill(line);
            }
        } finally {
            g.dispose();
        }
        return Frame.fromImage(image);
    }

    private void requireGlyphs() {
        int at = face.firstMissing(text);
        if (at < 0) {
            return;
        }
        int cp = text.codePointAt(at);
        String others = FontFace.bundled().stream().filter(f -> !f.equals(face) && f.canDisplay(text))
                .map(FontFace::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has no glyph for '%s' (U+%04X, character %d "
                        + "of the text); %s", face.name(), new String(Character.toChars(cp)), cp, at,
                others.isEmpty() ? "choose a font that covers this script" : "try " + others));
    }

    private void requireInk(TextBlock block) {
        if (!block.hasInk()) {
            throw new IllegalArgumentException(text.isEmpty() ? "the text is empty: nothing to draw"
                    : "the text has only spaces and line breaks: nothing to draw");
        }
    }

    private static String fmt(double v) {
        return Typesetter.px(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextClip t && t.text.equals(text) && t.face.equals(face) && t.fontSize == fontSize
                && t.color == color && t.strokeColor == strokeColor && t.strokeWidth == strokeWidth
                && t.interline == interline && t.align == align && t.background == background && t.margin == margin
                && t.boxWidth == boxWidth && t.boxHeight == boxHeight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, face, fontSize, color, strokeColor, strokeWidth, interline, align, background, margin,
                boxWidth, boxHeight);
    }

    @Override
    public String toString() {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        StringBuilder b = new StringBuilder("TextClip[\"").append(shown.replace("\n", "\\n")).append("\", ")
                .append(face.name()).append(", ");
        b.append(boxHeight > 0 ? "fit " + boxWidth + "x" + boxHeight : fmt(fontSize) + " px");
        if (boxWidth > 0 && boxHeight == 0) {
            b.append(", wrap ").append(boxWidth);
        }
        b.append(", ").append(Colors.format(color));
        if (strokeWidth > 0) {
            b.append(", stroke ").append(Colors.format(strokeColor)).append(' ').append(fmt(strokeWidth));
        }
        return b.append(']').toString();
    }
}
