package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.GifTestSupport.opaque;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.testing.ImageIoGif;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer's recycled byte arrays (each frame's mask and palette indices). */
class FrameBuffersTest {

    @Test
    void aByteArrayHeldByAFrameIsNeverHandedOutAgainUntilItIsGivenBack() {
        FrameBuffers buffers = new FrameBuffers(new StageControl(() -> false), 12, 2);
        Set<byte[]> held = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < 6; i++) {
            byte[] bytes = buffers.takeBytes();
            assertThat(bytes).hasSize(12); // a frame's size: any rectangle's mask or indices fit
            assertThat(held.add(bytes)).as("array %d is not one already held", i).isTrue();
        }
        byte[] back = held.iterator().next();
        buffers.giveBytes(back);
        assertThat(buffers.takeBytes()).isSameAs(back); // recycled, not made again
        byte[] fresh = buffers.takeBytes(); // none free: a new one
        assertThat(held.contains(fresh)).as("a held array handed out again").isFalse();
    }

    /**
     * Frames whose masks alternate between the whole frame and a few scattered pixels, and whose rectangles shrink and
     * grow, so every recycled mask and index array holds the earlier frame's bytes where the next frame needs other
     * ones. Written losslessly (quality 100, few colours) and decoded by javax.imageio, every frame must come back
     * exactly: a stale mask byte would leave a changed pixel transparent, showing the frame before.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void recycledMasksAndIndicesFromEarlierFramesChangeNoPixel(int threads) throws IOException {
        int w = 40;
        int h = 28;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int[] frame;
            if (i % 3 == 0) {
                frame = SyntheticFrames.distinctColours(w, h, 50, i); // all new: the whole frame written
            } else if (i % 3 == 1) {
                frame = frames.get(i - 1).clone(); // a few pixels spread over the frame: a wide, sparse mask
                for (int p = i; p < w * h; p += 37) {
                    frame[p] = frame[(p + 11) % (w * h)] ^ 0x00101010;
                }
            } else {
                frame = frames.get(i - 1).clone(); // a small block: a small rectangle
                for (int y = 5; y < 9; y++) {
                    for (int x = 20; x < 26; x++) {
                        frame[y * w + x] = 0xFF000000 | (i * 0x0A0B0C);
                    }
                }
            }
            frames.add(frame);
        }
        GifOptions options = GifOptions.defaults().withQuality(100).withThreads(threads);

        ImageIoGif gif = readWithImageIo(encode(w, h, options, 10, frames));

        assertThat(gif.frames()).hasSameSizeAs(frames);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(opaque(gif.frames().get(i))).as("frame %d", i).isEqualTo(opaque(frames.get(i)));
        }
    }
}
