package dev.jiffy.studio;

import dev.jiffy.render.FitListener;

/**
 * What the page hears while a preview is made: estimates of its size as it is written, the frames encoded, each try of a size
 * search ({@link FitListener}), warnings; and whether it still listens.
 */
interface PreviewEvents extends FitListener {
    /** Hears nothing, and always listens. */
    PreviewEvents NONE = new PreviewEvents() {
    };

    /**
     * The GIF will be about {@code bytes} long: told as it is written, from the share {@code written} (0..1) of its
     * animation written so far ({@link RunningEstimate}); exact once all is written.
     */
    default void estimate(long bytes, double written) {
    }

    /** {@code done} of {@code total} frames of the current encode are written. */
    default void progress(int done, int total) {
    }

    /** Something the user should know about the GIF, e.g. a frame rate it cannot show. */
    default void warning(String message) {
    }

    /** Whether nobody listens any more (the page went away or asked for another preview): the render can stop. */
    default boolean gone() {
        return false;
    }
}
