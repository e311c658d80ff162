package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The NETSCAPE2.0 application extension that makes an animation repeat.
 *
 * @param repeats extra plays after the first, 0 = forever, 1..65535
 */
public record NetscapeLoopExtension(int repeats) {
    /** The byte after the extension introducer that marks an application extension. */
    public static final int LABEL = 0xFF;
    /** The 11-byte application identifier and authentication code browsers look for. */
    public static final String IDENTIFIER = "NETSCAPE2.0";

    /**
     * Checks the repeat count.
     *
     * @param repeats extra plays after the first, 0 = forever, 1..65535
     * @throws IllegalArgumentException if {@code repeats} is outside 0..65535, the field's 16 bits
     */
    public NetscapeLoopExtension {
        if (repeats < 0 || repeats > 0xFFFF) {
            throw new IllegalArgumentException("NETSCAPE2.0 repeat count " + repeats + " is out of range 0..65535");
        }
    }

    /**
     * The block for a play count. A GIF that plays once carries no block, since every viewer plays a GIF without one
     * exactly once.
     *
     * @param loopCount total plays as in {@code GifOptions.loopCount}: 0 forever, 1 once, n plays n times (at most
     *                  65536)
     * @return the block, or null when {@code loopCount} is 1
     * @throws IllegalArgumentException if {@code loopCount} is negative or above 65536
     */
    public static NetscapeLoopExtension forLoopCount(int loopCount) {
        return loopCount == 1 ? null : new NetscapeLoopExtension(loopCount == 0 ? 0 : loopCount - 1);
    }

    /**
     * The play count this block stands for, the inverse of {@link #forLoopCount(int)}.
     *
     * @return total plays: 0 forever, otherwise {@code repeats + 1}
     */
    public int loopCount() {
        return repeats == 0 ? 0 : repeats + 1;
    }

    /**
     * Writes the whole extension block (19 bytes).
     *
     * @param out where the block goes
     * @throws IOException if {@code out} fails
     */
    public void write(OutputStream out) throws IOException {
        out.write(GraphicControlExtension.INTRODUCER);
        out.write(LABEL);
        out.write(11);
        out.write(IDENTIFIER.getBytes(StandardCharsets.US_ASCII));
        out.write(3);
        out.write(1);
        Bytes.u16(out, repeats);
        out.write(0);
    }

    /**
     * Parses the sub-block data of an application extension already identified as NETSCAPE2.0.
     *
     * @param subBlock the first data sub-block after the identifier, without its length byte
     * @return the loop block, or null if the data is not a loop sub-block (id 1 and a 16-bit count), such as the
     *         buffering sub-block some encoders write
     */
    public static NetscapeLoopExtension parse(byte[] subBlock) {
        if (subBlock.length >= 3 && subBlock[0] == 1) {
            return new NetscapeLoopExtension((subBlock[1] & 0xFF) | (subBlock[2] & 0xFF) << 8);
        }
        return null;
    }
}
