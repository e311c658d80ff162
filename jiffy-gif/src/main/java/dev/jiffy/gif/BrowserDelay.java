package dev.jiffy.gif;

/**
 * How browsers play a GIF frame's delay: Chromium, Firefox and Safari all show a delay under {@link #SHORTEST} cs as
 * {@link #SLOWED_TO} cs (a 0 or 1 in the file means "as fast as possible" to them, which they slow down). The one
 * place that fact is written: the encoder never writes a shorter delay, a GIF read back plays its short delays as
 * browsers do, and the fastest rate a GIF shows faithfully is 100 / {@link #SHORTEST} fps.
 */
public final class BrowserDelay {
    /** The shortest delay browsers play as written, in centiseconds. */
    public static final int SHORTEST = 2;
    /** What browsers play a shorter delay as, in centiseconds. */
    public static final int SLOWED_TO = 10;

    private BrowserDelay() {
    }

    /**
     * The delay a browser shows a frame for.
     *
     * @param centiseconds the delay in the file, 0..65535
     * @return {@code centiseconds}, or {@link #SLOWED_TO} if it is below {@link #SHORTEST}
     */
    public static int played(int centiseconds) {
        return centiseconds < SHORTEST ? SLOWED_TO : centiseconds;
    }
}
