package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A border around the picture (MoviePy's {@code margin}), {@code left}, {@code top}, {@code right} and {@code bottom}
 * pixels wide, of colour {@code argbColor} (0xAARRGGBB). {@link Fx#margin(int)} makes it transparent (0), which
 * composites and GIFs with transparency show as nothing; MoviePy's default is black, {@code margin(px, 0xFF000000)}.
 * The clip's own pixels, alpha included, are copied unchanged.
 */
record Margin(int left, int top, int right, int bottom, int argbColor) implements UnaryOperator<Clip> {
    public Margin {
        if (left < 0 || top < 0 || right < 0 || bottom < 0) {
            throw new IllegalArgumentException("margins must be 0 or more pixels, got left=" + left + " top=" + top
                    + " right=" + right + " bottom=" + bottom);
        }
    }

    @Override
    public Clip apply(Clip clip) {
        long w = (long) clip.width() + left + right;
        long h = (long) clip.height() + top + bottom;
        if (w * h > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + clip.size() + " clip with margins left=" + left + " top=" + top
                    + " right=" + right + " bottom=" + bottom + " would be " + w + "x" + h + ", too large for a frame");
        }
        Size size = new Size((int) w, (int) h);
        return MappedClip.of(clip, size, (t, frame) -> pad(frame, size));
    }

    private Frame pad(Frame frame, Size size) {
        int w = size.width();
        int[] px = new int[w * size.height()];
        if (argbColor != 0) {
            Arrays.fill(px, argbColor);
        }
        int[] row = new int[frame.width()];
        for (int y = 0; y < frame.height(); y++) {
            frame.readRow(y, row);
            System.arraycopy(row, 0, px, (top + y) * w + left, row.length);
        }
        return Frame.wrap(w, size.height(), px);
    }
}
