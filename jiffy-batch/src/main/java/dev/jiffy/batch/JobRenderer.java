package dev.jiffy.batch;

import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.RenderResult;
import java.nio.file.Path;

/**
 * Turns a row into a GIF: what gives the options of a row their meaning (the command line's {@code make}, for
 * {@code jiffy batch}). Split in three so a runner can check every row before rendering any, and can budget memory by
 * the size of a row's frames before its render starts.
 */
public interface JobRenderer {
    /**
     * Checks the row's options and that its input exists, without decoding anything.
     *
     * @throws IllegalArgumentException saying what is wrong with the row (the runner adds its line)
     */
    void check(Job job);

    /** Opens the row's input and shapes its clip, ready to render to {@code gif}; nothing is rendered yet. */
    Prepared prepare(Job job, Path gif);

    /** A row's clip, opened and shaped; closing it releases the input. */
    interface Prepared extends AutoCloseable {
        /** The GIF's frame size. */
        Size frameSize();

        /**
         * Writes the GIF (under a temporary name, moved into place when complete).
         *
         * @param listener hears the row's progress and carries the batch's cancel flag
         */
        RenderResult render(RenderListener listener);

        @Override
        void close();
    }
}
