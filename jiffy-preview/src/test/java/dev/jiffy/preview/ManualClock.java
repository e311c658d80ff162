package dev.jiffy.preview;

import java.util.OptionalLong;

/**
 * A clock that stands still until a test moves it, ringing the player's wake-up call when it falls due. Used on one
 * thread (the window's tests call it on the event thread).
 */
final class ManualClock implements PlayerClock {
    /** More rings in one move than any playback asks for: the player would be re-arming itself in a loop. */
    private static final int MAX_RINGS_PER_MOVE = 10_000;

    private long now;
    private long due;
    private Runnable ring;

    @Override
    public long nanos() {
        return now;
    }

    @Override
    public void wakeAt(long due, Runnable ring) {
        this.due = due;
        this.ring = ring;
    }

    @Override
    public void cancel() {
        ring = null;
    }

    /** Moves time on by {@code nanos}, ringing the wake-up call (and any it arms) that falls due, as time passes. */
    void advance(long nanos) {
        long target = now + nanos;
        for (int rings = 0; ring != null && due <= target; rings++) {
            if (rings == MAX_RINGS_PER_MOVE) {
                throw new AssertionError("the player re-armed the clock " + rings + " times within one move");
            }
            now = Math.max(now, due);
            Runnable r = ring;
            ring = null;
            r.run();
        }
        now = target;
    }

    /** Moves time on by {@code nanos} without ringing, as when the thread that would ring is busy elsewhere. */
    void jump(long nanos) {
        now += nanos;
    }

    /** When the wake-up call asked for is due, if one is. */
    OptionalLong pending() {
        return ring == null ? OptionalLong.empty() : OptionalLong.of(due);
    }
}
