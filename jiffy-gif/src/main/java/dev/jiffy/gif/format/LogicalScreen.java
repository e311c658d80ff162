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

    public static LogicalScreen read(ByteReader in) throws GifFormatException {
        in.require(6, "the GIF signature");
        byte[] sig = in.bytes(6, "the GIF signature");
        String s = new String(sig, StandardCharsets.ISO_8859_1);
        if (!s.equals("GIF89a") && !s.equals("GIF87a")) {
            throw new GifFormatException("not a GIF: expected signature \"GIF87a\" or \"GIF89a\" but found \""
                    + printable(s) + "\"");
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
