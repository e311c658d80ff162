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
 * {@code TextClip} is an immutable value, its words and a {@link TextStyle}; each {@code withX} returns a changed
 * copy, and {@link #toClip()} draws it:
 *
 * <pre>{@code
 * Clip text = TextClip.of("In my nightmares\nI see rabbits.")
 *         .withFontSize(30).withColor(WHITE).withFont("Amiri-Bold").withInterline(-25)
 *         .toClip()                       // a still that lasts forever...
 *         .withPosition(20, 190)
 *         .withDuration(olaf.duration()); // ...until given a duration
 * CompositeClip.of(olaf, text).writeGif("olaf.gif", GifExport.fps(10).withFuzz(2));
 * }</pre>
 *
 * <p>The picture is a tight box around the letters and their outline (nothing clipped; {@link #withMargin} adds room),
 * on a transparent background unless {@link #withBackground} says otherwise. Its alpha channel is the text's
 * coverage, so it composites cleanly over video. Text is antialiased, measured with fractional metrics and shaped by
 * Java2D (ligatures, Arabic joining, right-to-left), in the bundled Noto Sans Bold unless another {@link #withFont} is
 * chosen.
 *
 * <p>Caption mode: {@link #withWrap(int)} breaks lines to fit a width (the picture is then that wide, lines aligned
 * within it); {@link #withFit(int, int)} also picks the largest whole font size at which the wrapped text fits a box.
 *
 * <p>Mistakes are reported when made: an unknown font name or a negative size throws at once; a text the font has no
 * glyphs for, or one that cannot fit its box, throws when drawn ({@link #toClip()}, {@link #render()}, {@link #size()}).
 */
public final class TextClip {
    private final String text;
    private final TextStyle style;
    private final int boxWidth;  // 0: no wrapping
    private final int boxHeight; // 0: no fitting
    private volatile Drawn drawn;

    private record Drawn(Frame frame, double fontSize) {
    }

    private TextClip(String text, TextStyle style, int boxWidth, int boxHeight) {
        this.text = Objects.requireNonNull(text, "text");
        this.style = Objects.requireNonNull(style, "style");
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
    }

    /** Text in {@link TextStyle#defaults()}: Noto Sans Bold, white, left-aligned. Lines are separated by '\n'. */
    public static TextClip of(String text) {
        return of(text, TextStyle.defaults());
    }

    public static TextClip of(String text, TextStyle style) {
        return new TextClip(text, style, 0, 0);
    }

    /** The same text in another style (a caption box set with {@link #withWrap} or {@link #withFit} is kept). */
    public TextClip withStyle(TextStyle style) {
        return new TextClip(text, style, boxWidth, boxHeight);
    }

    /** The same style and box with other words. */
    public TextClip withText(String text) {
        return new TextClip(text, style, boxWidth, boxHeight);
    }

    // ---- style: each as TextStyle's withX, for writing a text in one chain ----

    /** See {@link TextStyle#withFont(String)}. */
    public TextClip withFont(String name) {
        return withStyle(style.withFont(name));
    }

    /** See {@link TextStyle#withFont(Path)}. */
    public TextClip withFont(Path file) {
        return withStyle(style.withFont(file));
    }

    public TextClip withFont(FontFace face) {
        return withStyle(style.withFont(face));
    }

    /** The font size in pixels (the em size; capitals are about 0.7 of it). Ignored with {@link #withFit}. */
    public TextClip withFontSize(double pixels) {
        return withStyle(style.withFontSize(pixels));
    }

    /** See {@link TextStyle#withColor(int)}. */
    public TextClip withColor(int argb) {
        return withStyle(style.withColor(argb));
    }

    public TextClip withColor(String color) {
        return withStyle(style.withColor(color));
    }

    /** See {@link TextStyle#withStroke(int, double)}. */
    public TextClip withStroke(int argb, double width) {
        return withStyle(style.withStroke(argb, width));
    }

    public TextClip withStroke(String color, double width) {
        return withStyle(style.withStroke(color, width));
    }

    /** See {@link TextStyle#withBackground(int)}. */
    public TextClip withBackground(int argb) {
        return withStyle(style.withBackground(argb));
    }

    public TextClip withBackground(String color) {
        return withStyle(style.withBackground(color));
    }

    /** See {@link TextStyle#withInterline(double)}. */
    public TextClip withInterline(double pixels) {
        return withStyle(style.withInterline(pixels));
    }

    /** See {@link TextStyle#withAlign(TextAlign)}. */
    public TextClip withAlign(TextAlign align) {
        return withStyle(style.withAlign(align));
    }

    /** See {@link TextStyle#withMargin(int)}. */
    public TextClip withMargin(int pixels) {
        return withStyle(style.withMargin(pixels));
    }

    // ---- layout ----

    /**
     * Caption mode: lines are broken between words (within a word only if it is wider than the box) so that every
     * line, outline and margin included, fits {@code width} pixels. The picture is {@code width} wide.
     */
    public TextClip withWrap(int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("wrapping width must be positive, got " + width);
        }
        return new TextClip(text, style, width, 0);
    }

    /**
     * Caption mode with the largest whole font size at which the text, wrapped between words to {@code width}, fits a
     * {@code width}x{@code height} box (outline and margin included); the picture is that box, the text centred
     * vertically. Replaces the style's font size; {@link #fontSizeUsed()} tells the size chosen.
     */
    public TextClip withFit(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("box to fit must be positive, got " + width + "x" + height);
        }
        return new TextClip(text, style, width, height);
    }

    public TextClip withFit(Size box) {
        return withFit(box.width(), box.height());
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

    /** The font size the text is drawn at: the style's, or the one {@link #withFit} chose. */
    public double fontSizeUsed() {
        return drawn().fontSize();
    }

    public String text() {
        return text;
    }

    public TextStyle style() {
        return style;
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
        double size = boxHeight > 0 ? fittedSize() : style.fontSize();
        Font font = style.face().at((float) size);
        double sw = style.strokeWidth();
        TextBlock block;
        int w;
        int h;
        double tx;
        double ty;
        if (boxWidth == 0) {
            block = Typesetter.set(text, font, style.interline(), style.align(), Optional.empty(),
                    Typesetter.Words.BREAK_IF_NEEDED).orElseThrow();
            requireInk(block);
            Rectangle2D ink = block.ink();
            int x0 = (int) Math.floor(ink.getMinX() - sw);
            int x1 = (int) Math.ceil(ink.getMaxX() + sw);
            int y0 = (int) Math.floor(ink.getMinY() - sw);
            int y1 = (int) Math.ceil(ink.getMaxY() + sw);
            w = x1 - x0 + 2 * style.margin();
            h = y1 - y0 + 2 * style.margin();
            tx = style.margin() - x0;
            ty = style.margin() - y0;
        } else {
            block = wrapped(font);
            Rectangle2D ink = block.ink();
            w = boxWidth;
            tx = style.margin() + sw;
            double left = ink.getMinX() - sw + tx;
            double right = ink.getMaxX() + sw + tx;
            if (left < style.margin()) {
                tx += style.margin() - left; // a glyph reaching left of its advance: keep it in
            } else if (right > w - style.margin()) {
                tx -= right - (w - style.margin());
            }
            int y0 = (int) Math.floor(ink.getMinY() - sw);
            int y1 = (int) Math.ceil(ink.getMaxY() + sw);
            if (boxHeight == 0) {
                h = y1 - y0 + 2 * style.margin();
                ty = style.margin() - y0;
            } else {
                h = boxHeight;
                ty = Math.floorDiv(h - (y1 - y0), 2) - y0;
            }
        }
        return new Drawn(paint(block, w, h, tx, ty), size);
    }

    /** The text wrapped to the box: narrower than asked if a glyph's ink reaches past its advance. */
    private TextBlock wrapped(Font font) {
        double room = boxWidth - 2.0 * style.margin() - 2 * style.strokeWidth();
        if (room < 1) {
            throw new IllegalArgumentException("a " + boxWidth + " px wide caption has no room for text after a "
                    + style.margin() + " px margin and a " + fmt(style.strokeWidth()) + " px outline on each side");
        }
        double width = room;
        for (int attempt = 0; attempt < 4 && width >= 1; attempt++) {
            TextBlock block = Typesetter.set(text, font, style.interline(), style.align(), Optional.of(width),
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
        double perPixel = Typesetter.lineHeight(style.face().at(100)) / 100;
        int lo = style.interline() < 0 ? (int) Math.max(1, Math.ceil((1 - style.interline()) / perPixel)) : 1;
        if (!fits(lo)) {
            throw new IllegalArgumentException("the text does not fit a " + boxWidth + "x" + boxHeight
                    + " box even at " + lo + " px (with a " + style.margin() + " px margin, a "
                    + fmt(style.strokeWidth()) + " px outline and an interline of " + fmt(style.interline()) + " px)");
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
        Font font = style.face().at(size);
        double room = boxWidth - 2.0 * style.margin() - 2 * style.strokeWidth();
        if (room < 1 || Typesetter.lineHeight(font) + style.interline() < 1) {
            return false;
        }
        Optional<TextBlock> block = Typesetter.set(text, font, style.interline(), style.align(), Optional.of(room),
                Typesetter.Words.KEEP_WHOLE);
        if (block.isEmpty() || !block.get().hasInk()) {
            return false;
        }
        Rectangle2D ink = block.get().ink();
        int y0 = (int) Math.floor(ink.getMinY() - style.strokeWidth());
        int y1 = (int) Math.ceil(ink.getMaxY() + style.strokeWidth());
        return ink.getWidth() <= room + 1e-6 && y1 - y0 <= boxHeight - 2 * style.margin();
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
            if ((style.background() >>> 24) != 0) {
                g.setComposite(AlphaComposite.Src);
                g.setColor(new Color(style.background(), true));
                g.fillRect(0, 0, w, h);
                g.setComposite(AlphaComposite.SrcOver);
            }
            g.translate(tx, ty);
            if (style.strokeWidth() > 0) {
                g.setStroke(new BasicStroke((float) (2 * style.strokeWidth()), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.setColor(new Color(style.strokeColor(), true));
                for (Shape line : block.lines()) {
                    g.draw(line);
                }
            }
            g.setColor(new Color(style.color(), true));
            for (Shape line : block.lines()) {
                g.fill(line);
            }
        } finally {
            g.dispose();
        }
        return Frame.fromImage(image);
    }

    private void requireGlyphs() {
        int at = style.face().firstMissing(text);
        if (at < 0) {
            return;
        }
        int cp = text.codePointAt(at);
        String others = FontFace.bundled().stream().filter(f -> !f.equals(style.face()) && f.canDisplay(text))
                .map(FontFace::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has no glyph for '%s' (U+%04X, character %d "
                        + "of the text); %s", style.face().name(), new String(Character.toChars(cp)), cp, at,
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
        return o instanceof TextClip t && t.text.equals(text) && t.style.equals(style) && t.boxWidth == boxWidth
                && t.boxHeight == boxHeight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, style, boxWidth, boxHeight);
    }

    @Override
    public String toString() {
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        StringBuilder b = new StringBuilder("TextClip[\"").append(shown.replace("\n", "\\n")).append("\", ")
                .append(style.face().name()).append(", ");
        b.append(boxHeight > 0 ? "fit " + boxWidth + "x" + boxHeight : fmt(style.fontSize()) + " px");
        if (boxWidth > 0 && boxHeight == 0) {
            b.append(", wrap ").append(boxWidth);
        }
        b.append(", ").append(Colors.format(style.color()));
        if (style.strokeWidth() > 0) {
            b.append(", stroke ").append(Colors.format(style.strokeColor())).append(' ')
                    .append(fmt(style.strokeWidth()));
        }
        return b.append(']').toString();
    }
}
