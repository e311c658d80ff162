package dev.jiffy.gif;

import dev.jiffy.gif.format.GraphicControlExtension;
import dev.jiffy.gif.format.ImageDescriptor;
import java.util.Arrays;

/**
 * Draws a GIF's images one after another as a viewer does: each onto what the previous ones left, their disposal
 * methods honoured ("restore to background" clears to transparent, as browsers do). Holds one canvas: the picture the
 * next image is drawn on. Not thread-safe; one per reader.
 */
final class Compositor {
    private final int width;
    private final int height;
    /** What the next image is drawn onto: the previous composited frame after its disposal. */
    private final int[] base;

    /** A compositor before the first image: a fully transparent screen. */
    Compositor(int width, int height) {
        this.width = width;
        this.height = height;
        this.base = new int[width * height];
    }

    /** Goes on from a canvas {@link #base()} returned (copied into this one's, so {@code canvas} stays as it is). */
    void resumeFrom(int[] canvas) {
        System.arraycopy(canvas, 0, base, 0, base.length);
    }

    /** A copy of the canvas the next image will be drawn onto, to {@link #resumeFrom} later. */
    int[] base() {
        return base.clone();
    }

    /** Composites {@code f} into {@code out} (a screen's worth of pixels, 0xAARRGGBB) and disposes it. */
    void draw(IndexedFrame f, int[] out) {
        System.arraycopy(base, 0, out, 0, base.length);
        paint(out, f);
        switch (f.disposal()) {
            case GraphicControlExtension.DISPOSE_PREVIOUS -> {
                // the next image is drawn on what this one was drawn on: base stays
            }
            case GraphicControlExtension.DISPOSE_BACKGROUND -> clear(f.descriptor());
            default -> System.arraycopy(out, 0, base, 0, base.length);
        }
    }

    /** As {@link #draw} without the picture: moves past {@code f}. */
    void skip(IndexedFrame f) {
        switch (f.disposal()) {
            case GraphicControlExtension.DISPOSE_PREVIOUS -> {
            }
            case GraphicControlExtension.DISPOSE_BACKGROUND -> clear(f.descriptor());
            default -> paint(base, f);
        }
    }

    private void clear(ImageDescriptor d) {
        int x0 = Math.min(d.left(), width);
        int x1 = Math.min(d.left() + d.width(), width);
        int y1 = Math.min(d.top() + d.height(), height);
        for (int y = d.top(); y < y1; y++) {
            Arrays.fill(base, y * width + x0, y * width + x1, 0);
        }
    }

    private void paint(int[] canvas, IndexedFrame f) {
        ImageDescriptor d = f.descriptor();
        byte[] indices = f.indices();
        int[] table = f.table();
        int transparent = f.transparent();
        int w = d.width();
        int h = d.height();
        for (int row = 0; row < h; row++) {
            int y = d.top() + (d.interlaced() ? interlacedRow(row, h) : row);
            if (y >= height) {
                continue;
            }
            int src = row * w;
            int dst = y * width;
            for (int x = 0; x < w; x++) {
                int cx = d.left() + x;
                if (cx >= width) {
                    break;
                }
                int idx = indices[src + x] & 0xFF;
                if (idx != transparent) {
                    // an index beyond the table is drawn black, as most decoders do
                    canvas[dst + cx] = idx < table.length ? table[idx] : 0xFF000000;
                }
            }
        }
    }

    /** The image row that the {@code n}-th stored row of an interlaced image belongs to. */
    private static int interlacedRow(int n, int h) {
        int pass1 = (h + 7) / 8;
        if (n < pass1) {
            return n * 8;
        }
        n -= pass1;
        int pass2 = (h + 3) / 8;
        if (n < pass2) {
            return n * 8 + 4;
        }
        n -= pass2;
        int pass3 = (h + 1) / 4;
        if (n < pass3) {
            return n * 4 + 2;
        }
        n -= pass3;
        return n * 2 + 1;
    }
}
