package dev.jiffy.text;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.clip.Position.Anchor;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Size;
import java.util.Objects;

/**
 * A caption anchored to a side of a clip, as {@code jiffy make --text} and the studio draw it: wrapped to the clip's
 * width less an inset on each side, aligned to its anchor, and drawn over the clip between two of its times.
 * {@code Caption.of("In my nightmares", clip.size()).over(clip, 0, clip.duration())}.
 *
 * @param text       the text, styled (font, size, colours)
 * @param horizontal LEFT, CENTER or RIGHT: also the alignment of its lines
 * @param vertical   TOP, CENTER or BOTTOM
 */
public record Caption(TextClip text, Anchor horizontal, Anchor vertical) {
    /** A font size of a tenth of the picture's height reads at GIF sizes (a 180 px GIF: 18 px letters). */
    private static final double FONT_SIZE_PER_HEIGHT = 0.1;
    /** Smaller letters are not legible once a GIF's palette and dithering have had them. */
    private static final double SMALLEST_FONT_SIZE = 8;
    /** An outline a sixteenth of the letter size: visible on any background, letters still open (1 px at 16 px). */
    private static final double STROKE_PER_FONT_SIZE = 1 / 16.0;
    /** Anchored text keeps 4 % of the picture's shorter side (at least 2 px) from its edges, as video titles do. */
    private static final double INSET_PER_SIDE = 0.04;
    /** Less room than this across is not enough for a letter. */
    private static final int NARROWEST_ROOM = 8;

    /**
     * Checks the anchors.
     *
     * @param text       the text, styled (font, size, colours)
     * @param horizontal LEFT, CENTER or RIGHT: also the alignment of its lines
     * @param vertical   TOP, CENTER or BOTTOM
     * @throws IllegalArgumentException if {@code horizontal} is TOP or BOTTOM, or {@code vertical} LEFT or RIGHT
     */
    public Caption {
        Objects.requireNonNull(text, "text");
        if (horizontal == null || horizontal == Anchor.TOP || horizontal == Anchor.BOTTOM) {
            throw new IllegalArgumentException("a caption's horizontal anchor is LEFT, CENTER or RIGHT, got " + horizontal);
        }
        if (vertical == null || vertical == Anchor.LEFT || vertical == Anchor.RIGHT) {
            throw new IllegalArgumentException("a caption's vertical anchor is TOP, CENTER or BOTTOM, got " + vertical);
        }
    }

    /**
     * White letters with a black outline in the default face, sized for {@code canvas}, at the bottom centre.
     *
     * @param lines  the words; {@code \n} starts a new line
     * @param canvas the size of the picture the caption goes over, which sets the letters' size
     * @return the caption
     */
    public static Caption of(String lines, Size canvas) {
        double size = defaultFontSize(canvas);
        TextClip text = TextClip.of(lines).withFont(FontFace.defaultFace()).withFontSize(size)
                .withColor(Colors.WHITE).withStroke(Colors.BLACK, defaultStrokeWidth(size));
        return new Caption(text, Anchor.CENTER, Anchor.BOTTOM);
    }

    /**
     * The font size used when none is given: a tenth of the picture's height, at least 8 px.
     *
     * @param canvas the picture's size
     * @return the size in pixels
     */
    public static double defaultFontSize(Size canvas) {
        return Math.max(SMALLEST_FONT_SIZE, Math.round(canvas.height() * FONT_SIZE_PER_HEIGHT));
    }

    /**
     * The outline used when none is given: a sixteenth of the font size, at least 1 px.
     *
     * @param fontSize the letters' size in pixels
     * @return the outline's width in pixels
     */
    public static double defaultStrokeWidth(double fontSize) {
        return Math.max(1, Math.round(fontSize * STROKE_PER_FONT_SIZE));
    }

    /**
     * This caption with other words or style, at the same anchors.
     *
     * @param text the styled text
     * @return a new caption
     */
    public Caption withText(TextClip text) {
        return new Caption(text, horizontal, vertical);
    }

    /**
     * This caption at other anchors.
     *
     * @param horizontal LEFT, CENTER or RIGHT
     * @param vertical   TOP, CENTER or BOTTOM
     * @return a new caption
     * @throws IllegalArgumentException if an anchor is on the wrong axis
     */
    public Caption withAnchor(Anchor horizontal, Anchor vertical) {
        return new Caption(text, horizontal, vertical);
    }

    /**
     * {@code clip} with the caption over it from {@code start} to {@code end} seconds of the clip.
     *
     * @param clip  the clip to caption
     * @param start when the caption appears, in seconds of the clip
     * @param end   when it goes, in seconds of the clip
     * @return the captioned clip, the size of {@code clip}
     * @throws IllegalArgumentException if the clip is too narrow for text, or the wrapped text is taller than it
     */
    public Clip over(Clip clip, double start, double end) {
        Size canvas = clip.size();
        int inset = Math.max(2, (int) Math.round(Math.min(canvas.width(), canvas.height()) * INSET_PER_SIDE));
        int room = canvas.width() - 2 * inset;
        if (room < NARROWEST_ROOM) {
            throw new IllegalArgumentException("the " + canvas + " picture is too narrow for anchored text; "
                    + "place it at a pixel position instead");
        }
        TextClip wrapped = text.withAlign(alignment()).withWrap(room);
        Size s = wrapped.size();
        if (s.height() > canvas.height()) {
            throw new IllegalArgumentException("the text is " + s.height() + " px high once wrapped to the picture's "
                    + "width, more than its " + canvas.height() + " px: use a smaller font size or fewer words");
        }
        int y = switch (vertical) {
            case TOP -> inset;
            case CENTER -> (canvas.height() - s.height()) / 2;
            default -> Math.max(0, canvas.height() - s.height() - inset);
        };
        Clip layer = wrapped.toClip().withDuration(end - start).withStart(start).withPosition(inset, y);
        return CompositeClip.of(clip, layer);
    }

    /**
     * {@code clip} with {@code text} over it from {@code start} to {@code end} seconds, its top-left corner at
     * {@code at} in the clip's pixels (as {@code --text-pos X,Y} and a caption dragged in the studio place it).
     *
     * @param text  the styled text, not wrapped
     * @param at    the text's top-left corner, in the clip's pixels (may be negative: the text is cut at the edge)
     * @param clip  the clip to caption
     * @param start when the text appears, in seconds of the clip
     * @param end   when it goes, in seconds of the clip
     * @return the captioned clip, the size of {@code clip}
     * @throws Outside                 if no part of the text would be inside the clip
     * @throws IllegalArgumentException if the text cannot be set (a glyph its font lacks)
     */
    public static Clip placed(TextClip text, Position.Point at, Clip clip, double start, double end) {
        Size canvas = clip.size();
        Size s = text.size();
        if (at.x() + s.width() <= 0 || at.x() >= canvas.width() || at.y() + s.height() <= 0
                || at.y() >= canvas.height()) {
            throw new Outside(at.x() + "," + at.y() + " puts the " + s + " text outside the " + canvas + " GIF");
        }
        return CompositeClip.of(clip, text.toClip().withDuration(end - start).withStart(start)
                .withPosition(at.x(), at.y()));
    }

    private TextAlign alignment() {
        return switch (horizontal) {
            case LEFT -> TextAlign.LEFT;
            case RIGHT -> TextAlign.RIGHT;
            default -> TextAlign.CENTER;
        };
    }

    /**
     * Text placed at a position where none of it would be seen: the one mistake that is the position's, so a caller
     * can name its own setting ({@code --text-pos}) for it and for no other. The message starts with the position.
     */
    public static final class Outside extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Outside(String message) {
            super(message);
        }
    }
}
