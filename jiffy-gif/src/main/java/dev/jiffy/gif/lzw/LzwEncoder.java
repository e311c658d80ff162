package dev.jiffy.gif.lzw;

import java.util.Arrays;

/**
 * GIF LZW compressor: variable code size from minCodeSize+1 up to 12 bits, a clear code when the 4096-entry table is
 * full. The string table is an open-addressing hash of (prefix code, next index) on primitive arrays. Reusable; not
 * thread-safe.
 */
public final class LzwEncoder {
    private static final int MAX_CODES = 4096;
    private static final int HASH_BITS = 13;
    private static final int HASH_SIZE = 1 << HASH_BITS; // load factor stays below 0.5
    private static final int HASH_MASK = HASH_SIZE - 1;

    private final int[] hashKeys = new int[HASH_SIZE];
    private final short[] hashCodes = new short[HASH_SIZE];

    private byte[] out = new byte[1 << 16];
    private int outLength;
    private long bitBuffer;
    private int bitCount;

    /** The compressed bytes of the last {@link #encode} call (valid up to {@link #length()}). */
    public byte[] buffer() {
        return out;
    }

    public int length() {
        return outLength;
    }

    /** The minimum code size for a colour table of {@code tableSize} entries: at least 2, as GIF requires. */
    public static int minCodeSize(int tableSize) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(tableSize - 1, 1));
        return Math.max(2, bits);
    }

    /**
     * Compresses {@code count} palette indices; every index must be below {@code 1 << minCodeSize}.
     *
     * @return the number of bytes now in {@link #buffer()}
     */
    public int encode(byte[] indices, int count, int minCodeSize) {
        if (minCodeSize < 2 || minCodeSize > 8) {
            throw new IllegalArgumentException("LZW minimum code size " + minCodeSize + " is out of range 2..8");
        }
        outLength = 0;
        bitBuffer = 0;
        bitCount = 0;
        ensureCapacity(count + 64);
        final int clearCode = 1 << minCodeSize;
        final int endCode = clearCode + 1;
        int codeSize = minCodeSize + 1;
        int nextCode = clearCode + 2;
        Arrays.fill(hashKeys, -1);
        emit(clearCode, codeSize);
        if (count == 0) {
            emit(endCode, codeSize);
            flushBits();
            return outLength;
        }
        int prefix = indices[0] & 0xFF;
        for (int i = 1; i < count; i++) {
            int c = indices[i] & 0xFF;
            int key = prefix << 8 | c;
            int h = ((key * 0x9E3779B1) >>> (32 - HASH_BITS));
            int found = -1;
            while (true) {
                int k = hashKeys[h];
                if (k == key) {
                    found = hashCodes[h];
                    break;
                }
                if (k < 0) {
                    break;
                }
                h = (h + 1) & HASH_MASK;
            }
            if (found >= 0) {
                prefix = found;
                continue;
            }
            emit(prefix, codeSize);
            if (nextCode < MAX_CODES) {
                if (nextCode >= (1 << codeSize) && codeSize < 12) {
                    codeSize++;
                }
                hashKeys[h] = key;
                hashCodes[h] = (short) nextCode;
                nextCode++;
            } else {
                emit(clearCode, codeSize);
                Arrays.fill(hashKeys, -1);
                codeSize = minCodeSize + 1;
                nextCode = clearCode + 2;
            }
            prefix = c;
        }
        emit(prefix, codeSize);
        if (nextCode < MAX_CODES && nextCode >= (1 << codeSize) && codeSize < 12) {
            codeSize++;
        }
        emit(endCode, codeSize);
        flushBits();
        return outLength;
    }

    private void emit(int code, int size) {
        bitBuffer |= ((long) code) << bitCount;
        bitCount += size;
        while (bitCount >= 8) {
            if (outLength == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[outLength++] = (byte) bitBuffer;
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
    }

    private void flushBits() {
        if (bitCount > 0) {
            if (outLength == out.length) {
                out = Arrays.copyOf(out, out.length + 16);
            }
            out[outLength++] = (byte) bitBuffer;
            bitBuffer = 0;
            bitCount = 0;
        }
    }

    private void ensureCapacity(int n) {
        if (out.length < n) {
            out = new byte[n];
        }
    }
}
