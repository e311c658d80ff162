package dev.jiffy.background;

/**
 * Heap that removing a background takes at most, bytes, in its two phases: before the render (finding the background)
 * and beside the render (the masks made as frames are asked for). A caller checks the larger of its JVM's base plus
 * {@code beforeRender} and its render's own need plus {@code besideRender} against the heap Java may use.
 *
 * @param beforeRender bytes held while the background is found, before any frame is rendered
 * @param besideRender bytes held during the render, beyond what the render itself needs
 */
public record HeapNeed(long beforeRender, long besideRender) {
    /**
     * @param beforeRender bytes held while the background is found, 0 or more
     * @param besideRender bytes held during the render beyond its own need, 0 or more
     * @throws IllegalArgumentException if a value is negative
     */
    public HeapNeed {
        if (beforeRender < 0 || besideRender < 0) {
            throw new IllegalArgumentException("heap needs are 0 or more bytes, got " + beforeRender + " and "
                    + besideRender);
        }
    }
}
