package dev.jiffy.gif.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Table-based image data: the LZW minimum code size, then the LZW stream cut into sub-blocks of at most 255 bytes. */
public final class ImageData {
    private ImageData() {
    }

    public static void write(OutputStream out, int minCodeSize, byte[] lzw, int length) throws IOException {
        out.write(minCodeSize);
        int off = 0;
        while (off < length) {
            int n = Math.min(255, length - off);
            out.write(n);
            out.write(lzw, off, n);
            off += n;
        }
        out.write(0);
    }

    /** Reads the minimum code size (returned in element 0 of {@code minCodeSize}) and the joined sub-block data. */
    public static byte[] read(ByteReader in, int[] minCodeSize) throws GifFormatException {
        minCodeSize[0] = in.u8("the LZW minimum code size");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int len;
        while ((len = in.u8("image data sub-blocks")) != 0) {
            byte[] b = in.bytes(len, "an image data sub-block");
            data.write(b, 0, b.length);
        }
        return data.toByteArray();
    }
}
