package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The header ("GIF89a") and logical screen descriptor.
 *
 * @param width           canvas width, 1..65535
 * @param height          canvas height, 1..65535
 * @param globalTableSize entries in the global colour table that follows (a power of two 2..256), or 0 for none
 * @param backgroundIndex background colour index into the global table
 */
public record LogicalScreen(int width, int height, int globalTableSize, int backgroundIndex) {
    /** Bytes of the signature a GIF starts with: "GIF87a" or "GIF89a". */
    public static final int SIGNATURE_LENGTH = 6;

    /**
     * Whether {@code head} is a GIF's signature, "GIF87a" or "GIF89a": what every reader of GIFs checks first.
     *
     * @param head a file's first bytes (only the first {@link #SIGNATURE_LENGTH} are looked at)
     * @return true if they are one of the two signatures; false if not, or if there are fewer
     */
    public static boolean isSignature(byte[] head) {
        if (head.length < SIGNATURE_LENGTH) {
            return false;
        }
        String s = new String(head, 0, SIGNATURE_LENGTH, StandardCharsets.ISO_8859_1);
        return s.equals("GIF89a") || s.equals("GIF87a");
    }

    /**
     * Writes the "GIF89a" header and the logical screen descriptor (13 bytes); the global colour table, if any, is
     * written next by the caller.
     *
     * @param out where the bytes go
     * @throws IOException if {@code out} fails
     */
    public void write(OutputStream out) throws IOException {
        out.write("GIF89a".getBytes(StandardCharsets.US_ASCII));
        Bytes.u16(out, width);
        Bytes.u16(out, height);
        int packed = 0x70; // colour resolution: 8 bits per primary
        if (globalTableSize > 0) {
            packed |= 0x80 | ColorTable.sizeField(globalTableSize);
        }
        out.write(packed);
        out.write(backgroundIndex);
        out.write(0); // pixel aspect ratio: unspecified
    }

    /**
     * Reads the header and logical screen descriptor at the start of a GIF. Both GIF87a and GIF89a are accepted.
     *
     * @param in positioned at byte 0
     * @return the canvas size, global table size and background index, as stored
     * @throws GifFormatException if the signature is neither "GIF87a" nor "GIF89a" (the message shows what was found)
     *                            or the data ends before byte 13
     */
    public static LogicalScreen read(ByteReader in) throws GifFormatException {
        in.require(SIGNATURE_LENGTH, "the GIF signature");
        byte[] sig = in.bytes(SIGNATURE_LENGTH, "the GIF signature");
        if (!isSignature(sig)) {
            throw new GifFormatException("not a GIF: expected signature \"GIF87a\" or \"GIF89a\" but found \""
                    + printable(new String(sig, StandardCharsets.ISO_8859_1)) + "\"");
        }
        int width = in.u16("the logical screen width");
        int height = in.u16("the logical screen height");
        int packed = in.u8("the logical screen flags");
        int bg = in.u8("the background colour index");
        in.u8("the pixel aspect ratio");
        int tableSize = (packed & 0x80) != 0 ? 2 << (packed & 7) : 0;
        return new LogicalScreen(width, height, tableSize, bg);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                b.append(String.format("\\x%02X", (int) c));
            }
        }
        return b.toString();
    }
}
