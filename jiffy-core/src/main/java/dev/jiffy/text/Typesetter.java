package dev.jiffy.text;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Breaks text into lines and places them: Java2D's {@link TextLayout} shapes each line (ligatures, Arabic joining,
 * right-to-left runs), {@link LineBreakMeasurer} wraps paragraphs at word boundaries, and baselines are a whole
 * number of pixels apart so that every line sits on the pixel grid the same way.
 */
final class Typesetter {
    /** Antialiased, fractional metrics, no transform: how every Jiffy text is measured and drawn. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Typesetter() {
    }

    /** How to break lines that are too long for a wrapping width. */
    enum Words { KEEP_WHOLE, BREAK_IF_NEEDED }

    /** The distance between baselines: the font's line height plus {@code interline} (which may be negative). */
    static double pitch(Font font, double interline) {
        double height = lineHeight(font);
        double pitch = height + interline;
        if (pitch < 1) {
            throw new IllegalArgumentException("interline " + px(interline) + " px would put lines " + px(pitch)
                    + " px apart: at " + px(font.getSize2D()) + " px, " + font.getFontName(Locale.ENGLISH)
                    + "'s lines are " + px(height) + " px high, so interline must be above " + px(1 - height));
        }
        return pitch;
    }

    /** The font's own distance between baselines: ascent + descent + leading. */
    static double lineHeight(Font font) {
        LineMetrics m = font.getLineMetrics("Hg", FRC);
        return m.getAscent() + m.getDescent() + m.getLeading();
    }

    /**
     * Lays out {@code text} (lines separated by '\n') in {@code font}. Without a wrapping width each paragraph is one
     * line and the alignment width is the widest line's; with one, paragraphs are wrapped to it and lines are aligned
     * within it. Empty when a word is wider than the wrapping width and {@code words} says to keep words whole.
     */
    static Optional<TextBlock> set(String text, Font font, double interline, TextAlign align, Optional<Double> wrap,
            Words words) {
        double pitch = pitch(font, interline);
        List<TextLayout> layouts = new ArrayList<>(); // null for an empty line
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1)) {
            if (paragraph.isEmpty()) {
                layouts.add(null);
            } else if (wrap.isEmpty()) {
                layouts.add(new TextLayout(paragraph, font, FRC));
            } else if (!wrapInto(paragraph, font, wrap.get().floatValue(), words, layouts)) {
                return Optional.empty();
            }
        }
        double width = wrap.orElseGet(() -> layouts.stream()
                .mapToDouble(l -> l == null ? 0 : l.getVisibleAdvance()).max().orElse(0));
        List<Shape> lines = new ArrayList<>();
        Rectangle2D ink = null;
        for (int i = 0; i < layouts.size(); i++) {
            TextLayout layout = layouts.get(i);
            if (layout == null) {
                continue;
            }
            double x = (width - layout.getVisibleAdvance()) * align.share();
            double baseline = Math.round(i * pitch);
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            Rectangle2D bounds = outline.getBounds2D();
            if (bounds.isEmpty()) {
                continue; // only spaces
            }
            lines.add(outline);
            ink = ink == null ? bounds : ink.createUnion(bounds);
        }
        return Optional.of(new TextBlock(lines, ink == null ? new Rectangle2D.Double() : ink, layouts.size()));
    }

    /** A number of pixels as people write it: "25", "-39.9". */
    static String px(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static boolean wrapInto(String paragraph, Font font, float width, Words words, List<TextLayout> out) {
        AttributedString styled = new AttributedString(paragraph);
        styled.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), FRC);
        int end = paragraph.length();
        while (measurer.getPosition() < end) {
            TextLayout line = measurer.nextLayout(width, end, true);
            if (line == null) {
                if (words == Words.KEEP_WHOLE) {
                    return false;
                }
                line = measurer.nextLayout(width);
            }
            out.add(line);
        }
        return true;
    }
}
