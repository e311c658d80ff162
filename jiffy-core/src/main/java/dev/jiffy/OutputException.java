package dev.jiffy;

/** An output file cannot be written: missing or read-only directory, full disk, output equal to an input. */
public class OutputException extends JiffyException {
    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
