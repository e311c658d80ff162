package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Image descriptor (0x2C): where the image sits on the canvas and whether a local colour table follows.
 *
 * @param localTableSize entries in the local colour table that follows (power of two 2..256), or 0 for none
 */
public record ImageDescriptor(int left, int top, int width, int height, int localTableSize, boolean interlaced) {
    public static final int SEPARATOR = 0x2C;

    public void write(OutputStream out) throws IOException {
        out.write(SEPARATOR);
        Bytes.u16(out, left);
        Bytes.u16(out, top);
        Bytes.u16(out, width);
        Bytes.u16(out, height);
        int packed = interlaced ? 0x40 : 0;
        if (localTableSize > 0) {
            packed |= 0x80 | ColorTable.sizeField(localTableSize);
        }
        out.write(packed);
    }

    /** Reads the descriptor after the separator. */
    public static ImageDescriptor read(ByteReader in) throws GifFormatException {
        int left = in.u16("the image descriptor");
        int top = in.u16("the image descriptor");
        int width = in.u16("the image descriptor");
        int height = in.u16("the image descriptor");
        int packed = in.u8("the image descriptor");
        int tableSize = (packed & 0x80) != 0 ? 2 << (packed & 7) : 0;
        return new ImageDescriptor(left, top, width, height, tableSize, (packed & 0x40) != 0);
    }
}
