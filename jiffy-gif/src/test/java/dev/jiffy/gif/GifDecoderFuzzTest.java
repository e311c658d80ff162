package dev.jiffy.gif;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jiffy.gif.format.GifFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Any bytes given to the GIF decoder either decode into frames the size of the screen, or fail with a
 * {@link GifFormatException} or a {@link GifTooLargeException}: never another exception, never an {@link OutOfMemoryError} (the pixel budget is kept
 * small here so that a header claiming a huge screen must be refused), never a hang. The seed corpus in
 * {@code GifDecoderFuzzTestInputs/anyBytes} (small valid, truncated and bomb GIFs) runs in every build.
 */
class GifDecoderFuzzTest {
    /** 16 frames of 512x512: far below the test heap, so exceeding it could only be a budget bug. */
    private static final long BUDGET = 1L << 22;

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) {
        try {
            DecodedGif gif = GifDecoder.read(new ByteArrayInputStream(bytes), BUDGET);
            assertThat((long) gif.width() * gif.height() * (gif.frames().size() + 1)).isLessThanOrEqualTo(BUDGET);
            for (DecodedFrame frame : gif.frames()) {
                assertThat(frame.argb()).hasSize(gif.width() * gif.height());
                assertThat(frame.delayCentiseconds()).isBetween(0, 65535);
            }
        } catch (GifFormatException | GifTooLargeException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        } catch (IOException e) {
            throw new AssertionError("reading from memory cannot fail with an IOException other than bad format", e);
        }
    }
}
