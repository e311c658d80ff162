package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Graphic control extension (0x21 0xF9): disposal, delay and transparent index of the image that follows.
 *
 * @param disposal          0 unspecified, 1 do not dispose, 2 restore to background, 3 restore to previous
 * @param delayCentiseconds 0..65535
 * @param transparentIndex  palette index drawn as transparent, or -1 for none
 */
public record GraphicControlExtension(int disposal, int delayCentiseconds, int transparentIndex) {
    /** The byte that starts every extension block (GIF89a section 23). */
    public static final int INTRODUCER = 0x21;
    /** The byte after {@link #INTRODUCER} that marks a graphic control extension. */
    public static final int LABEL = 0xF9;

    /** Disposal 1: leave the image in place; the next frame draws over it (what delta frames rely on). */
    public static final int DISPOSE_NONE = 1;
    /** Disposal 2: clear the image's rectangle to the background (transparent in browsers) before the next frame. */
    public static final int DISPOSE_BACKGROUND = 2;
    /** Disposal 3: restore the rectangle to what it was before this image was drawn. */
    public static final int DISPOSE_PREVIOUS = 3;

    /**
     * Checks the delay.
     *
     * @param disposal          0 unspecified, 1 do not dispose, 2 restore to background, 3 restore to previous
     * @param delayCentiseconds 0..65535
     * @param transparentIndex  palette index drawn as transparent, or -1 for none
     * @throws IllegalArgumentException if {@code delayCentiseconds} is outside 0..65535, the field's 16 bits
     */
    public GraphicControlExtension {
        if (delayCentiseconds < 0 || delayCentiseconds > 0xFFFF) {
            throw new IllegalArgumentException("delay " + delayCentiseconds + " cs is out of range 0..65535");
        }
    }

    /**
     * Writes the whole block: introducer, label, the 4-byte body and the terminator (8 bytes).
     *
     * @param out where the block goes
     * @throws IOException if {@code out} fails
     */
    public void write(OutputStream out) throws IOException {
        out.write(INTRODUCER);
        out.write(LABEL);
        out.write(4);
        out.write((disposal & 7) << 2 | (transparentIndex >= 0 ? 1 : 0));
        Bytes.u16(out, delayCentiseconds);
        out.write(Math.max(transparentIndex, 0));
        out.write(0);
    }

    /**
     * Reads the block's body, after the introducer and label were read by the caller that dispatched on them.
     *
     * @param in positioned at the block-size byte
     * @return the extension; a transparent index is -1 when the transparency flag is clear
     * @throws GifFormatException if the block size is below 4 or the data ends inside the block
     */
    public static GraphicControlExtension read(ByteReader in) throws GifFormatException {
        int at = in.position();
        int size = in.u8("the graphic control extension");
        if (size < 4) {
            throw new GifFormatException("bad graphic control extension at byte " + at + ": block size " + size
                    + ", expected 4");
        }
        int packed = in.u8("the graphic control extension");
        int delay = in.u16("the graphic control extension");
        int transparent = in.u8("the graphic control extension");
        in.skip(size - 4, "the graphic control extension");
        in.skipSubBlocks("the graphic control extension");
        return new GraphicControlExtension((packed >>> 2) & 7, delay, (packed & 1) != 0 ? transparent : -1);
    }
}
