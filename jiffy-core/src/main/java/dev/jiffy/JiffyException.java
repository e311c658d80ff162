package dev.jiffy;

/**
 * Something outside the caller's control went wrong: unreadable or corrupt media, a missing native library, an output
 * that cannot be written. Messages are one line, in the user's terms, and name the file and the values involved.
 * Caller mistakes (a time past the end, a crop outside the frame) are {@link IllegalArgumentException}s instead.
 */
public class JiffyException extends RuntimeException {
    /**
     * A failure of the media or environment with no underlying exception.
     *
     * @param message what went wrong, in the user's terms, with the values involved
     */
    public JiffyException(String message) {
        super(message);
    }

    /**
     * A failure caused by another exception.
     *
     * @param message what went wrong, in the user's terms, with the values involved
     * @param cause   the exception underneath, kept for debugging (not shown to users)
     */
    public JiffyException(String message, Throwable cause) {
        super(message, cause);
    }
}
