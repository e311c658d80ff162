package dev.jiffy.gif.lzw;

/**
 * GIF LZW decompressor on primitive arrays. Tolerates a missing end code and a data stream that stops early (the
 * remaining pixels are left as they are, as browsers do) and reports codes that cannot occur in a valid stream.
 */
public final class LzwDecoder {
    private static final int MAX_CODES = 4096;

    private final short[] prefix = new short[MAX_CODES];
    private final byte[] suffix = new byte[MAX_CODES];
    private final byte[] stack = new byte[MAX_CODES + 1];

    /** Thrown for an impossible code; the caller turns it into a format exception that names the frame. */
    public static final class CorruptDataException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptDataException(String message) {
            super(message);
        }
    }

    /**
     * Decompresses {@code data} into {@code out[0..pixelCount)}.
     *
     * @return the number of pixels actually decoded (less than pixelCount if the data stops early)
     */
    public int decode(byte[] data, int minCodeSize, byte[] out, int pixelCount) throws CorruptDataException {
        if (minCodeSize < 1 || minCodeSize > 11) {
            throw new CorruptDataException("LZW minimum code size " + minCodeSize + " is out of range 2..8");
        }
        final int clearCode = 1 << minCodeSize;
        final int endCode = clearCode + 1;
        int codeSize = minCodeSize + 1;
        int codeMask = (1 << codeSize) - 1;
        int nextCode = clearCode + 2;
        int oldCode = -1;
        int firstChar = 0;
        for (int i = 0; i < clearCode && i < MAX_CODES; i++) {
            prefix[i] = -1;
            suffix[i] = (byte) i;
        }
        int bitBuffer = 0;
        int bitCount = 0;
        int pos = 0;
        int written = 0;
        while (written < pixelCount) {
            while (bitCount < codeSize) {
                if (pos >= data.length) {
                    return written;
                }
                bitBuffer |= (data[pos++] & 0xFF) << bitCount;
                bitCount += 8;
            }
            int code = bitBuffer & codeMask;
            bitBuffer >>>= codeSize;
            bitCount -= codeSize;
            if (code == clearCode) {
                codeSize = minCodeSize + 1;
                codeMask = (1 << codeSize) - 1;
                nextCode = clearCode + 2;
                oldCode = -1;
                continue;
            }
            if (code == endCode) {
                return written;
            }
            if (oldCode < 0) {
                if (code >= clearCode) {
                    throw new CorruptDataException("LZW code " + code + " after a clear code; expected a literal below "
                            + clearCode);
                }
                out[written++] = (byte) code;
                oldCode = code;
                firstChar = code;
                continue;
            }
            int inCode = code;
            int sp = 0;
            if (code >= nextCode) {
                if (code > nextCode || nextCode >= MAX_CODES) {
                    throw new CorruptDataException("LZW code " + code + " is not yet defined (next code " + nextCode + ")");
                }
                stack[sp++] = (byte) firstChar;
                code = oldCode;
            }
            while (code >= clearCode) {
                stack[sp++] = suffix[code];
                code = prefix[code];
            }
            firstChar = suffix[code] & 0xFF;
            stack[sp++] = (byte) firstChar;
            while (sp > 0 && written < pixelCount) {
                out[written++] = stack[--sp];
            }
            if (nextCode < MAX_CODES) {
                prefix[nextCode] = (short) oldCode;
                suffix[nextCode] = (byte) firstChar;
                nextCode++;
                if (nextCode == (1 << codeSize) && codeSize < 12) {
                    codeSize++;
                    codeMask = (1 << codeSize) - 1;
                }
            }
            oldCode = inCode;
        }
        return written;
    }
}
