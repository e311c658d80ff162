package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/** The trailer byte (0x3B) that ends a GIF. */
public final class Trailer {
    /** The trailer's value, ';'. */
    public static final int BYTE = 0x3B;

    private Trailer() {
    }

    /**
     * Writes the trailer byte.
     *
     * @param out where it goes
     * @throws IOException if {@code out} fails
     */
    public static void write(OutputStream out) throws IOException {
        out.write(BYTE);
    }
}
