package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/** Little-endian helpers shared by the block writers. */
final class Bytes {
    private Bytes() {
    }

    static void u16(OutputStream out, int v) throws IOException {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }
}
