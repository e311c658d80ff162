package dev.jiffy.batch;

import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.RenderResult;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Turns a row into a GIF: what gives the options of a row their meaning (the command line's {@code make}, for
 * {@code jiffy batch}). Split in three so a runner can check every row before rendering any, and can budget memory by
 * the size of a row's frames before its render starts.
 */
public interface JobRenderer {
    /**
     * The renderer on the class or module path: {@code jiffy make}'s meaning of the options, which the command line
     * module provides as a service, so that every front end (jiffy batch, a Spark job) renders a row the same way.
     * Relative inputs are read from the current folder.
     *
     * @throws IllegalStateException if none is there (jiffy-cli is missing from the path)
     */
    static JobRenderer load() {
        return ServiceLoader.load(JobRenderer.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no JobRenderer service: put jiffy-cli (which gives the rows jiffy make's options) on the class path"));
    }

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
