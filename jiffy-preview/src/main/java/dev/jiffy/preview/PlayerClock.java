package dev.jiffy.preview;

/**
 * Playback's time: what time it is, and one wake-up call for when the next frame is due. The window uses
 * {@link SwingClock}; tests move time on by hand, so that no test depends on how fast the machine is.
 *
 * <p>Used from one thread, the player's (the Swing event thread in the window), and rings on that thread.
 */
interface PlayerClock {

    /** Now, in nanoseconds from an arbitrary origin (as {@link System#nanoTime()}). */
    long nanos();

    /**
     * Calls {@code ring} once, at or after {@code due} (in {@link #nanos()}'s terms; a time already past rings as soon as
     * it can). Replaces the call asked for before, if it has not rung yet. May be called from inside {@code ring}.
     */
    void wakeAt(long due, Runnable ring);

    /** Forgets the call asked for, if it has not rung yet. */
    void cancel();
}
