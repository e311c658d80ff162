package dev.jiffy;

/** An output file cannot be written: missing or read-only directory, full disk, output equal to an input. */
public class OutputException extends JiffyException {
    /**
     * An output failure with no underlying exception.
     *
     * @param message what went wrong, in the user's terms, with the values involved
     */
    public OutputException(String message) {
        super(message);
    }

    /**
     * An output failure caused by another exception, usually an {@code IOException}.
     *
     * @param message what went wrong, in the user's terms, with the values involved
     * @param cause   the exception underneath, kept for debugging (not shown to users)
     */
    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
