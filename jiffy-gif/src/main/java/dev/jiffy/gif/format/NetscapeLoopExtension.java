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
    public static final int LABEL = 0xFF;
    public static final String IDENTIFIER = "NETSCAPE2.0";

    public NetscapeLoopExtension {
        if (repeats < 0 || repeats > 0xFFFF) {
            throw new IllegalArgumentException("NETSCAPE2.0 repeat count " + repeats + " is out of range 0..65535");
        }
    }

    /** The block for a play count as in GifOptions.loopCount, or null when the animation plays once (no block). */
    public static NetscapeLoopExtension forLoopCount(int loopCount) {
        return loopCount == 1 ? null : new NetscapeLoopExtension(loopCount == 0 ? 0 : loopCount - 1);
    }

    /** The play count (GifOptions.loopCount meaning) this block stands for. */
    public int loopCount() {
        return repeats == 0 ? 0 : repeats + 1;
    }

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

    /** Parses the sub-block data of an application extension already identified as NETSCAPE2.0, or null if it is not a loop block. */
    public static NetscapeLoopExtension parse(byte[] subBlock) {
        if (subBlock.length >= 3 && subBlock[0] == 1) {
            return new NetscapeLoopExtension((subBlock[1] & 0xFF) | (subBlock[2] & 0xFF) << 8);
        }
        return null;
    }
}
