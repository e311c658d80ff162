package dev.jiffy.gif.format;

import java.io.IOException;

/** The bytes being decoded are not a well-formed GIF: says what was expected, what was found and where. */
public final class GifFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * A malformed GIF.
     *
     * @param message what was expected, what was found, and at which byte
     */
    public GifFormatException(String message) {
        super(message);
    }
}
