package dev.jiffy.gif;

/**
 * Hears each frame as the {@link GifWriter} writes it: how much of the animation and of the file is written so far.
 * What a caller estimates the whole file's size from while it is encoded. Called on the writer's encoding thread
 * (the caller's own with one thread), in order; keep it quick.
 */
@FunctionalInterface
public interface WriteListener {
    /** Hears nothing. */
    WriteListener NONE = (frames, seconds, bytes) -> {
    };

    /**
     * The GIF's first {@code frames} image frames are written: they show the first {@code seconds} of the animation
     * (their delays, which are final once written) and the file is {@code bytes} long. The last call, after the
     * trailer, has the file's exact size.
     *
     * @param frames  image frames written so far (fewer than the frames added when some changed nothing)
     * @param seconds the animation time they show, in seconds (a multiple of 0.01)
     * @param bytes   bytes of the file written so far, header included
     */
    void written(int frames, double seconds, long bytes);
}
