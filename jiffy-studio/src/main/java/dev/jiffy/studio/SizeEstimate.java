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
 * drawn whole, and frames that mostly draw what changed; so each piece is encoded twice, as its first frame alone and
 * with the frames after it, which gives a first frame's bytes and a later frame's, and the GIF is about one first
 * frame and {@code frames - 1} later ones. The pieces are spread over the clip so a scene that changes half way
 * counts. How close it lands is measured by {@code bench/studio.sh} (the aim: within 15 %): on the 10 clips
 * of the shared media, 4 s at 12 fps, 320 and 480 px, within 15 % on 13 of 20; fast motion (a running rabbit, a
 * juggler) comes out 16-47 % too high (not yet explained: the pieces are encoded as the whole is).
 */
final class SizeEstimate {
    /** Pieces spread over the clip: start, middle, end. */
    static final int PIECES = 3;
    /** Each piece lasts this long in the GIF: a few frames of its motion at the usual 10-15 fps. */
    static final double PIECE_SECONDS = 0.5;

    private SizeEstimate() {
    }

    /**
     * The estimated size of {@code clip} written with {@code export}, or empty when the clip is so short that its
     * pieces would cost about as much as encoding it whole (then the whole encode is the answer, exactly).
     *
     * @param scratch a private folder for the pieces, which are deleted
     * @throws dev.jiffy.CancelledException if the export's listener cancels
     */
    static OptionalLong of(Clip clip, GifExport export, Path scratch) {
        Sampling sampling = Sampling.of(export.fps(), clip.fps(), clip.duration());
        int frames = sampling.count();
        int perPiece = (int) Math.max(2, Math.round(PIECE_SECONDS * sampling.fps().toDouble()));
        if (frames <= 2 * PIECES * (perPiece + 1)) {
            return OptionalLong.empty();
        }
        double firstFrames = 0;
        double laterFrames = 0;
        for (int i = 0; i < PIECES; i++) {
            int first = (int) ((long) i * (frames - perPiece) / (PIECES - 1));
            double start = sampling.timeOf(first);
            long alone = bytes(clip.subclip(start, sampling.endOf(first)), export, scratch, "first-" + i);
            long piece = bytes(clip.subclip(start, sampling.endOf(first + perPiece - 1)), export, scratch, "piece-" + i);
            firstFrames += alone;
            laterFrames += (double) (piece - alone) / (perPiece - 1);
        }
        return OptionalLong.of(Math.round((firstFrames + laterFrames * (frames - 1)) / PIECES));
    }

    private static long bytes(Clip piece, GifExport export, Path scratch, String name) {
        Path gif = scratch.resolve("estimate-" + name + ".gif");
        try {
            return piece.writeGif(gif, export).bytes();
        } finally {
            try {
                Files.deleteIfExists(gif);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the estimate's piece " + gif, e);
            }
        }
    }
}
