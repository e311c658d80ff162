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
    public DecodedGif {
        frames = List.copyOf(frames);
    }

    /** Sum of all frame delays in centiseconds. */
    public int totalDelayCentiseconds() {
        int sum = 0;
        for (DecodedFrame f : frames) {
            sum += f.delayCentiseconds();
        }
        return sum;
    }
}
