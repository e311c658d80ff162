package dev.jiffy.studio;

import java.util.OptionalLong;

/**
 * The size of a GIF while it is encoded, from what is written so far ({@link
 * dev.jiffy.progress.RenderListener#written}): the bytes written, plus the animation time still to write at the
 * steady cost per second of the frames written after the first {@value #WARM_FRAMES}. It costs nothing besides the
 * encode, sees every frame (so a few costly frames, such as the walking figure's flicker, count as often as they
 * occur), and converges on the exact size, which it is once the last frame is written. Counted in animation time,
 * not frames, so that frames merged into the one before (which cost nothing) count as they should. Fed one frame
 * at a time, from the encoding thread.
 */
final class RunningEstimate {
    /**
     * Frames at the start of a GIF that cost more than those after them, left out of the steady cost. The first frame
     * is drawn whole, and a few after it cost more while the encoder learns the footage's noise (it keeps a pixel
     * still by the noise of its region over the last frames). Bytes per frame on 4 s at 12 fps, 320 px, frames 1-3
     * and 4-6 against 13-47: bunny 23.2 K and 15.0 K against 14.7 K, football 12.3 K and 9.2 K against 7.1 K,
     * cockatoo 29.3 K and 25.5 K against 22.9 K, the testcard flat (5.2 K); a grainy synthetic clip 10.5 K for frames
     * 1-4, then 0.6 K rising to a steady 3 K.
     */
    static final int WARM_FRAMES = 6;

    private int frames;
    private long warmBytes;
    private long warmCentiseconds;

    /**
     * Takes the report of one more frame written (or, last, of the trailer) and gives the estimate it makes: empty
     * until a frame after the warm-up is written; the bytes written once nothing is left to write.
     *
     * @param seconds  animation time of the frames written so far
     * @param duration animation time of the whole GIF
     * @param bytes    bytes written so far
     */
    OptionalLong after(double seconds, double duration, long bytes) {
        long written = Math.round(seconds * 100);
        long left = Math.max(0, Math.round(duration * 100) - written);
        if (left == 0) {
            return OptionalLong.of(bytes);
        }
        frames++;
        if (frames <= WARM_FRAMES) {
            warmBytes = bytes;
            warmCentiseconds = written;
            return OptionalLong.empty();
        }
        double perCentisecond = (double) (bytes - warmBytes) / (written - warmCentiseconds);
        return OptionalLong.of(bytes + Math.round(perCentisecond * left));
    }
}
