package dev.jiffy;

/** A media file is missing, unreadable, not a video, corrupt or uses something the decoder does not support. */
public class MediaException extends JiffyException {
    /**
     * A media failure with no underlying exception.
     *
     * @param message what went wrong, in the user's terms, with the values involved
     */
    public MediaException(String message) {
        super(message);
    }

    /**
     * A media failure caused by another exception, such as a decoder's.
     *
     * @param message what went wrong, in the user's terms, with the values involved
     * @param cause   the exception underneath, kept for debugging (not shown to users)
     */
    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
