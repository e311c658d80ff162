package dev.jiffy;

/**
 * A media file that is well-formed but needs more memory to read than Java was given: more heap would read it.
 * {@link #heapNeeded()} says how much.
 */
public class MediaTooLargeException extends MediaException {
    /** Bytes of heap (Java's -Xmx) with which the file would be read. */
    private final long heapNeeded;

    /**
     * A file too large for the heap.
     *
     * @param message    what was too large and what it needs, in the user's terms
     * @param heapNeeded the heap, in bytes, with which it would be read
     * @param cause      the reader's exception, kept for debugging
     */
    public MediaTooLargeException(String message, long heapNeeded, Throwable cause) {
        super(message, cause);
        this.heapNeeded = heapNeeded;
    }

    /**
     * The heap with which the file would be read (as {@code -Xmx}).
     *
     * @return bytes
     */
    public long heapNeeded() {
        return heapNeeded;
    }
}
