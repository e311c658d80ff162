package dev.jiffy.gif;

import java.util.List;

/**
 * A decoded GIF.
 *
 * @param width     logical screen width
 * @param height    logical screen height
 * @param loopCount same meaning as {@link GifOptions#loopCount()}: 0 = forever, N = played N times in total
 *                  (no NETSCAPE2.0 block → 1)
 * @param frames    the frames in order, each a full composited canvas
 */
public record DecodedGif(int width, int height, int loopCount, List<DecodedFrame> frames) {
    /**
     * A decoded GIF; the frame list is copied, so the record stays immutable.
     *
     * @param width     logical screen width in pixels
     * @param height    logical screen height in pixels
     * @param loopCount 0 = forever, N = played N times in total
     * @param frames    the frames in order
     */
    public DecodedGif {
        frames = List.copyOf(frames);
    }

    /**
     * How long one play of the animation lasts.
     *
     * @return the sum of all frame delays, in centiseconds
     */
    public int totalDelayCentiseconds() {
        int sum = 0;
        for (DecodedFrame f : frames) {
            sum += f.delayCentiseconds();
        }
        return sum;
    }
}
