package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Image descriptor (0x2C): where the image sits on the canvas and whether a local colour table follows.
 *
 * @param left           the image's left edge on the canvas, in pixels, 0..65535
 * @param top            the image's top edge on the canvas, in pixels, 0..65535
 * @param width          the image's width in pixels, 0..65535 (a frame that changes nothing can be 1x1)
 * @param height         the image's height in pixels, 0..65535
 * @param localTableSize entries in the local colour table that follows (power of two 2..256), or 0 for none
 * @param interlaced     whether rows are stored in the four-pass interlaced order instead of top to bottom
 */
public record ImageDescriptor(int left, int top, int width, int height, int localTableSize, boolean interlaced) {
    /** The byte that starts an image descriptor (GIF89a section 20). */
    public static final int SEPARATOR = 0x2C;

    /**
     * Writes the separator and the descriptor (10 bytes); the local colour table, if any, is written next by the
     * caller.
     *
     * @param out where the descriptor goes
     * @throws IOException if {@code out} fails
     */
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

    /**
     * Reads the descriptor after the separator, which the caller read to dispatch on it.
     *
     * @param in positioned just after the separator
     * @return the descriptor; bounds are not checked against the canvas here (the decoder does that)
     * @throws GifFormatException if the data ends inside the descriptor
     */
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
