package dev.jiffy.gif;

import dev.jiffy.gif.format.ColorTable;
import dev.jiffy.gif.format.GraphicControlExtension;
import dev.jiffy.gif.format.ImageData;
import dev.jiffy.gif.format.ImageDescriptor;
import dev.jiffy.gif.format.LogicalScreen;
import dev.jiffy.gif.format.NetscapeLoopExtension;
import dev.jiffy.gif.lzw.LzwEncoder;
import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.optimize.Rect;
import dev.jiffy.gif.optimize.Screen;
import dev.jiffy.gif.optimize.Stabilizer;
import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.Palette;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The last, ordered stage's work for one frame, against the screen model (what a viewer shows after the frames before
 * it): given its plan and palette (see {@link PlannedFrame}, {@link MappedFrame}),
 * <ol>
 *   <li>stability: a written pixel whose displayed colour is about as close to its new colour as the new choice
 *       (within {@link GifOptions#keepMargin()}, plus {@link GifOptions#noiseTolerance()} times the region's noise) is
 *       made transparent instead, so still areas and grain do not shimmer and frames stay small;</li>
 *   <li>LZW and the GIF blocks. The first frame also writes the header, its palette as the global colour table and
 *       the loop block; a later frame whose palette is the global table's (a shared palette) writes no table of its
 *       own.</li>
 * </ol>
 */
final class FrameEncoder {
    private static final int MAX_DELAY = 0xFFFF;
    private final int width;
    private final int height;
    private final GifOptions options;
    private final Screen screen;
    private final Stabilizer stabilizer;
    private final LzwEncoder lzw;
    private int framesWritten;
    private final int[] globalColors = new int[256];
    private int globalColorCount;
    private int globalTableSize;
    /** Scratch for {@link #keepUsedColours}: old index to new, and the colours kept. */
    private final int[] renumbered = new int[256];
    private final int[] usedColours = new int[256];

    FrameEncoder(int width, int height, GifOptions options) {
        this.width = width;
        this.height = height;
        this.options = options;
        this.screen = new Screen(width, height);
        this.stabilizer = new Stabilizer(screen);
        this.lzw = new LzwEncoder();
    }

    /** What a viewer shows after the frames written so far. */
    Screen screen() {
        return screen;
    }

    /** GIF image frames written (a frame longer than 655.35 s is written as several). */
    int framesWritten() {
        return framesWritten;
    }

    /** Writes a GIF with no frames (header and screen descriptor only; the caller adds the trailer). */
    void writeEmptyHeader(OutputStream out) throws IOException {
        new LogicalScreen(width, height, 0, 0).write(out);
    }

    /** Encodes and writes a frame; frames must come in order. */
    void write(OutputStream out, MappedFrame mapped) throws IOException {
        PlannedFrame f = mapped.frame();
        boolean first = f.first();
        int[] frame = f.argb();
        int delay = f.delay();
        FramePlan plan = f.plan();
        Palette palette = mapped.palette();
        byte[] indices = mapped.indices();
        int transparent = mapped.transparent();
        boolean exactPalette = mapped.exact();
        int[] pal = palette.colors();
        int disposal = plan.disposal();
        boolean trim = !first && disposal == GraphicControlExtension.DISPOSE_NONE;
        // below quality 100 (lossy LZW on) frames that fit their palette are stabilised and compressed like the others:
        // exact colours are what lossless settings are for, and grainy film that fits in 256 greys needs the knob too
        boolean exact = exactPalette && options.lossy() == 0;
        int maxError = exact ? 0 : lossyError(options.lossy());
        Rect rect = stabilizer.apply(frame, plan, indices, pal, transparent, exact ? 0 : options.keepMargin(),
                exact ? 0 : options.noiseTolerance(), f.noise(), options.strictOnFlatAreas(), trim);

        int colours = palette.size();
        boolean local = !first && !fitsGlobalTable(pal, colours, transparent);
        if (local && !exactPalette && transparent >= 0) {
            // a palette that is not the global table: the frame's own table needs only the colours it uses (a few
            // small changes would otherwise each write up to 768 bytes of a shared palette's colours; a palette made
            // for the frame's written pixels may lose some of them to keeping)
            colours = keepUsedColours(pal, colours, transparent, indices, rect.width() * rect.height());
            pal = usedColours;
            transparent = colours;
        }
        int tableSize = ColorTable.sizeFor(colours + (transparent >= 0 ? 1 : 0));
        if (first) {
            new LogicalScreen(width, height, tableSize, 0).write(out);
            ColorTable.write(out, pal, colours, tableSize);
            System.arraycopy(pal, 0, globalColors, 0, colours);
            globalColorCount = colours;
            globalTableSize = tableSize;
            NetscapeLoopExtension loop = NetscapeLoopExtension.forLoopCount(options.loopCount());
            if (loop != null) {
                loop.write(out);
            }
        }
        int firstDelay = Math.min(delay, MAX_DELAY);
        boolean split = delay > MAX_DELAY;
        new GraphicControlExtension(split ? GraphicControlExtension.DISPOSE_NONE : disposal, firstDelay, transparent)
                .write(out);
        if (!first && !local) {
            tableSize = globalTableSize;
        }
        new ImageDescriptor(rect.x(), rect.y(), rect.width(), rect.height(), local ? tableSize : 0, false).write(out);
        if (local) {
            ColorTable.write(out, pal, colours, tableSize);
        }
        int minCodeSize = LzwEncoder.minCodeSize(tableSize);
        // lossy LZW weighs a transparent pixel as the colour displayed before this frame; texture masks error only
        // where the palette approximates: a frame that fits it exactly (graphics, few colours) keeps its colours
        // (the screen displays what it did before this frame until show below)
        int[] before = transparent >= 0 ? screen.displayed() : null;
        int len = lzw.encode(indices, rect.width() * rect.height(), minCodeSize, pal, transparent, maxError, frame,
                before, rect.y() * width + rect.x(), width, rect.width(), !exactPalette);
        show(rect, indices, pal, transparent);
        ImageData.write(out, minCodeSize, lzw.buffer(), len);
        framesWritten++;
        if (split) {
            writeHold(out, delay - MAX_DELAY, plan);
        }
        if (disposal == GraphicControlExtension.DISPOSE_BACKGROUND) {
            screen.clear(plan.x(), plan.y(), plan.width(), plan.height());
        }
    }

    /**
     * Whether a frame's colours are the first ones of the global colour table, with room in it for its transparent
     * index (the entry after its colours, which its pixels never use), so that it needs no table of its own.
     */
    private boolean fitsGlobalTable(int[] pal, int size, int transparent) {
        return size <= globalColorCount && transparent < globalTableSize
                && java.util.Arrays.equals(pal, 0, size, globalColors, 0, size);
    }

    /**
     * Renumbers a frame's pixels to the palette colours they use, in palette order, into {@link #usedColours}; the
     * transparent index becomes the one after them.
     *
     * @return how many colours are used
     */
    private int keepUsedColours(int[] pal, int size, int transparent, byte[] indices, int pixels) {
        java.util.Arrays.fill(renumbered, -1);
        for (int i = 0; i < pixels; i++) {
            renumbered[indices[i] & 0xFF] = 0;
        }
        int used = 0;
        for (int k = 0; k < size; k++) {
            if (k != transparent && renumbered[k] == 0) {
                usedColours[used] = pal[k];
                renumbered[k] = used++;
            }
        }
        if (transparent >= 0) {
            renumbered[transparent] = used;
        }
        for (int i = 0; i < pixels; i++) {
            indices[i] = (byte) renumbered[indices[i] & 0xFF];
        }
        return used;
    }

    /**
     * The largest error the lossy LZW encoder may add to a pixel for lossy level N: N/4 levels on every channel, in
     * ColorMetric units (weights 2+3+2).
     */
    static int lossyError(int level) {
        return (ColorMetric.WR + ColorMetric.WG + ColorMetric.WB) * level * level / 16;
    }

    /**
     * The screen shows what the frame's stream decodes to: its colour where a pixel is written (lossy LZW may have
     * changed it), and what was displayed before where it is transparent. Once per written pixel, after LZW: the
     * stabiliser showing its choices, a copy of the rectangle's displayed colours for LZW and a pass that showed LZW's
     * choices over them and restored the copy where LZW made a pixel transparent took case b's encode stage 1.04x the
     * time (FrameEncoder over a run's frames replayed alone, median of 12 rounds).
     */
    private void show(Rect rect, byte[] indices, int[] pal, int transparent) {
        for (int row = 0; row < rect.height(); row++) {
            int p = (rect.y() + row) * width + rect.x();
            int o = row * rect.width();
            for (int i = 0; i < rect.width(); i++) {
                int k = indices[o + i] & 0xFF;
                if (k != transparent) {
                    screen.show(p + i, pal[k]);
                }
            }
        }
    }

    /**
     * Frames that draw nothing, extending a delay beyond the 16-bit limit; the last one carries the held frame's
     * disposal over the held frame's rectangle so that the right pixels are cleared afterwards.
     */
    private void writeHold(OutputStream out, int remaining, FramePlan plan) throws IOException {
        int disposal = plan.disposal();
        boolean clears = disposal == GraphicControlExtension.DISPOSE_BACKGROUND;
        int rw = clears ? plan.width() : 1;
        int rh = clears ? plan.height() : 1;
        byte[] blank = new byte[rw * rh];
        int minCodeSize = LzwEncoder.minCodeSize(2);
        while (remaining > 0) {
            int d = Math.min(remaining, MAX_DELAY);
            remaining -= d;
            int disp = remaining == 0 ? disposal : GraphicControlExtension.DISPOSE_NONE;
            new GraphicControlExtension(disp, d, 0).write(out);
            new ImageDescriptor(clears ? plan.x() : 0, clears ? plan.y() : 0, rw, rh, 2, false).write(out);
            ColorTable.write(out, new int[2], 2, 2);
            int len = lzw.encode(blank, blank.length, minCodeSize);
            ImageData.write(out, minCodeSize, lzw.buffer(), len);
            framesWritten++;
        }
    }
}
