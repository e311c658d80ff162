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
    public static final int INTRODUCER = 0x21;
    public static final int LABEL = 0xF9;

    public static final int DISPOSE_NONE = 1;
    public static final int DISPOSE_BACKGROUND = 2;
    public static final int DISPOSE_PREVIOUS = 3;

    public GraphicControlExtension {
        if (delayCentiseconds < 0 || delayCentiseconds > 0xFFFF) {
            throw new IllegalArgumentException("delay " + delayCentiseconds + " cs is out of range 0..65535");
        }
    }

    public void write(OutputStream out) throws IOException {
        out.write(INTRODUCER);
        out.write(LABEL);
        out.write(4);
        out.write((disposal & 7) << 2 | (transparentIndex >= 0 ? 1 : 0));
        Bytes.u16(out, delayCentiseconds);
        out.write(Math.max(transparentIndex, 0));
        out.write(0);
    }

    /** Reads the body after the introducer and label. */
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
