package dev.jiffy.studio;

import dev.jiffy.image.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A frame as the PNG the page shows while scrubbing: lossless (the exact decoded frame), and not compressed. The page
 * and the server are on one machine, so bytes cost little and time is what the user waits for: on a 1280x720 frame of
 * real footage javax.imageio's default deflate level 4 took 491 ms median for 2.75 MB, level 1 355 ms for 2.74 MB,
 * level 0 (stored) 101 ms for 3.69 MB, against 72 ms for seeking and decoding it (bench/studio.sh, on the loaded
 * benchmark machine: the ratios are what count).
 *
 * <p>Written here rather than by javax.imageio: its writer took 43 ms median for a stored 720p frame (2026-12-07,
 * load about 2), most of the scrub's 131 ms beside 49 ms of seeking and decoding, for what is a copy of the rows
 * behind a filter byte each, the JDK's {@link Deflater} and two checksums. RGB when every pixel is opaque (a video's
 * frames: a quarter less to send), else RGBA; no filtering (filters only help compression).
 */
final class FramePng {
    /** Stored: no compression, as the page is on the same machine (above). */
    static final int QUICKEST = Deflater.NO_COMPRESSION;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int RGB = 2;
    private static final int RGBA = 6;

    private FramePng() {
    }

    /** {@code frame} as a PNG, its image data deflated at {@code level} (0 stored ... 9 smallest). */
    static byte[] of(Frame frame, int level) {
        int w = frame.width();
        int h = frame.height();
        boolean opaque = frame.isOpaque();
        int channels = opaque ? 3 : 4;
        int[] argb = frame.toArgbArray();
        int stride = 1 + channels * w;
        byte[] rows = new byte[stride * h];
        for (int y = 0, at = 0; y < h; y++) {
            rows[at++] = 0; // filter: none
            for (int x = y * w, end = x + w; x < end; x++) {
                int p = argb[x];
                rows[at++] = (byte) (p >> 16);
                rows[at++] = (byte) (p >> 8);
                rows[at++] = (byte) p;
                if (!opaque) {
                    rows[at++] = (byte) (p >>> 24);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length + rows.length / 1000 + 128);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8)
                .put((byte) (opaque ? RGB : RGBA)).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", deflate(rows, level));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            // stored blocks add 5 bytes per 64 KB, the zlib header and checksum 6
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + data.length / 8192 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A chunk: its data's length, type, data and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
