package dev.jiffy.gif;

import dev.jiffy.gif.format.GifFormatException;
import dev.jiffy.gif.format.ImageDescriptor;
import dev.jiffy.gif.lzw.LzwDecoder;

/**
 * One image of a GIF as parsed, its pixels still LZW-compressed: where it sits, its colours, how it is disposed and
 * how long it shows.
 *
 * @param descriptor  placement, size and interlacing
 * @param table       the colour table that applies (local, else global), opaque 0xFFRRGGBB
 * @param transparent the transparent index, or -1
 * @param disposal    the disposal method, 0..3
 * @param delay       the delay in centiseconds (0 without a graphic control extension)
 * @param lzw         the image data, sub-blocks joined
 * @param minCodeSize the LZW minimum code size
 * @param at          the byte the image descriptor starts at, for messages
 */
record EncodedFrame(ImageDescriptor descriptor, int[] table, int transparent, int disposal, int delay, byte[] lzw,
        int minCodeSize, int at) {

    /** Pixels the image's indices take: one byte each. */
    long pixels() {
        return (long) descriptor.width() * descriptor.height();
    }

    /** Decompresses the image into its palette indices; {@code index} is the frame's number, for messages. */
    IndexedFrame decode(LzwDecoder decoder, int index) throws GifFormatException {
        int pixels = descriptor.width() * descriptor.height();
        byte[] indices = new byte[pixels];
        try {
            decoder.decode(lzw, minCodeSize, indices, pixels);
        } catch (LzwDecoder.CorruptDataException e) {
            throw new GifFormatException("corrupt image data in frame " + index + " at byte " + at + ": "
                    + e.getMessage());
        }
        return new IndexedFrame(descriptor, indices, table, transparent, disposal, delay);
    }
}
