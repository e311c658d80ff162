package dev.jiffy;

/** A media file is missing, unreadable, not a video, corrupt or uses something the decoder does not support. */
public class MediaException extends JiffyException {
    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
