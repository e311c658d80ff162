package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/** The trailer byte (0x3B) that ends a GIF. */
public final class Trailer {
    public static final int BYTE = 0x3B;

    private Trailer() {
    }

    public static void write(OutputStream out) throws IOException {
        out.write(BYTE);
    }
}
