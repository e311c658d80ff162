package dev.jiffy.gif;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Encoding and decoding helpers for this package's tests; the independent decoder and the metrics that other modules'
 * tests share are in {@code dev.jiffy.gif.testing} (the test-jar).
 */
final class GifTestSupport {
    private GifTestSupport() {
    }

    /** Encodes frames with end times (i + 1) / fps. */
    static byte[] encode(int w, int h, GifOptions options, double fps, List<int[]> frames) {
        double[] ends = new double[frames.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = (i + 1) / fps;
        }
        return encode(w, h, options, frames, ends);
    }

    static byte[] encode(int w, int h, GifOptions options, List<int[]> frames, double[] ends) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GifWriter writer = GifWriter.create(bytes, w, h, options)) {
            for (int i = 0; i < frames.size(); i++) {
                writer.addFrame(frames.get(i), ends[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static DecodedGif decode(byte[] gif) {
        try {
            return GifDecoder.read(new ByteArrayInputStream(gif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] opaque(int[] argb) {
        int[] out = argb.clone();
        for (int p = 0; p < out.length; p++) {
            out[p] |= 0xFF000000;
        }
        return out;
    }

    static List<Integer> delays(DecodedGif gif) {
        List<Integer> d = new ArrayList<>();
        for (DecodedFrame f : gif.frames()) {
            d.add(f.delayCentiseconds());
        }
        return d;
    }
}
