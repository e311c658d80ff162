package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.render.GifExport;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A GIF's size told from a few short pieces of it, long before the whole is encoded. A GIF is a header, a first frame
 * drawn whole, a few frames that cost more while the encoder learns the footage's noise (it keeps a pixel still by the
 * noise of its region over the last frames, so until it has them it keeps less still), and then frames that draw what
 * changed at a steadier cost. So the estimate is the GIF's own first {@value #WARM_FRAMES} frames, encoded exactly
 * (the first piece is the GIF's start), and the rest at the cost per frame of the {@value #STEADY_FRAMES} frames after
 * the warm-up of pieces at the start, middle and end, read frame by frame from each piece's file
 * ({@link GifFrameBytes}). Measured by {@code bench/studio.sh estimate} on the 10 clips of the shared media (two
 * windows of 4 s each, 12 fps, 320 and 480 px; the table is in the README's Studio section): within 15 % on 36 of 40,
 * all but the walking figure, whose cost is in a few frames where the still picture flickers, which the pieces'
 * measured frames rarely hit (first written on one window: 16 of 20, where taking each piece's first frames for the
 * steady cost was within 15 % on 13 and up to 47 % high on fast motion). The pieces cost 89 % of the processor time
 * of the GIF they estimate (each seeks and samples its own palette), so the studio asks for an estimate only before
 * long GIFs ({@link PreviewRenders}).
 */
final class SizeEstimate {
    /** Pieces spread over the clip: start, middle, end. */
    static final int PIECES = 3;
    /**
     * Frames at the start of a GIF (and of each piece) that cost more than those after them. Bytes per frame on 4 s at
     * 12 fps, 320 px, frames 1-3 and 4-6 against 13-47: bunny 23.2 K and 15.0 K against 14.7 K, football 12.3 K and
     * 9.2 K against 7.1 K, cockatoo 29.3 K and 25.5 K against 22.9 K, the testcard flat (5.2 K); a grainy synthetic
     * clip 10.5 K for frames 1-4, then 0.6 K rising to a steady 3 K. Chosen with {@link #STEADY_FRAMES} from 13
     * layouts tried (warm 4-7 frames, steady 2-7, 2 or 3 pieces) across the 10 clips at both widths: the most within
     * 15 % for pieces of at most half the frames of a 4 s GIF.
     */
    static final int WARM_FRAMES = 6;
    /** Steady frames measured after each piece's warm-up. */
    static final int STEADY_FRAMES = 2;

    private SizeEstimate() {
    }

    /**
     * The estimated size of {@code clip} written with {@code export}, or empty when the clip is so short that its
     * pieces would cost more than half of encoding it whole (then the whole encode, which follows, is the answer).
     *
     * @param scratch a private folder for the pieces, which are deleted
     * @throws dev.jiffy.CancelledException if the export's listener cancels
     */
    static OptionalLong of(Clip clip, GifExport export, Path scratch) {
        Sampling sampling = Sampling.of(export.fps(), clip.fps(), clip.duration());
        int frames = sampling.count();
        int perPiece = WARM_FRAMES + STEADY_FRAMES;
        if (2 * PIECES * perPiece > frames) {
            return OptionalLong.empty();
        }
        long start = 0;
        double steady = 0;
        for (int i = 0; i < PIECES; i++) {
            int first = (int) ((long) i * (frames - perPiece) / (PIECES - 1));
            Clip piece = clip.subclip(sampling.timeOf(first), sampling.endOf(first + perPiece - 1));
            GifFrameBytes bytes = GifFrameBytes.of(encode(piece, export, scratch.resolve("estimate-" + i + ".gif")));
            // A frame that shows nothing new is merged into the one before (a 10 fps video sampled at 12 fps has
            // one in six), so a piece may have fewer GIF frames than it sampled: the steady cost is per frame
            // sampled, which is what the whole GIF's count is.
            long warm = bytes.upTo(Math.min(WARM_FRAMES, bytes.frames()));
            if (i == 0) {
                start = warm;   // the GIF's own start: header, first frame, warm-up
            }
            steady += (double) (bytes.upTo(bytes.frames()) - warm) / STEADY_FRAMES;
        }
        return OptionalLong.of(Math.round(start + steady / PIECES * (frames - WARM_FRAMES)) + GifFrameBytes.TRAILER);
    }

    private static byte[] encode(Clip piece, GifExport export, Path gif) {
        try {
            piece.writeGif(gif, export);
            return Files.readAllBytes(gif);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the estimate's piece " + gif, e);
        } finally {
            try {
                Files.deleteIfExists(gif);
            } catch (IOException e) {
                // Left in the scratch folder, which the studio deletes when it stops.
            }
        }
    }
}
