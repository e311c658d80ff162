package dev.jiffy.preview;

import javax.swing.Timer;

/**
 * The system's clock, ringing on the Swing event thread through a fresh one-shot {@link Timer} per wake-up call.
 *
 * <p>Why fresh: a {@code javax.swing.Timer} restarted from inside its own action can lose the event. The timer's
 * action runs inside a {@code DoPostEvent} that clears the timer's "event pending" flag after the action returns. If
 * the restarted timer falls due before that (a short delay, which playback asks for whenever it runs a little behind,
 * and a busy event thread), its event is queued with the flag set, the flag is then cleared, and the queued event is
 * dropped when it runs. Playback then stops with the button still saying "Pause" and the frame loader idle, until
 * something restarts the timer from outside (space twice): the freeze seen once in three launches under Xvfb
 * (issue 13, item 9), reproduced by {@code SwingClockTest}. A new timer has its own flag, which nothing else clears.
 */
final class SwingClock implements PlayerClock {
    private Timer pending;

    @Override
    public long nanos() {
        return System.nanoTime();
    }

    @Override
    public void wakeAt(long due, Runnable ring) {
        cancel();
        long ms = Math.max(0, -Math.floorDiv(nanos() - due, 1_000_000L)); // rounded up: never early
        Timer timer = new Timer((int) Math.min(ms, Integer.MAX_VALUE), null);
        // A stopped timer's event already queued is dropped by the timer itself; the identity check also keeps a
        // replaced call from ringing, whatever the timer does.
        timer.addActionListener(e -> {
            if (pending == timer) {
                pending = null;
                ring.run();
            }
        });
        timer.setRepeats(false);
        pending = timer;
        timer.start();
    }

    @Override
    public void cancel() {
        if (pending != null) {
            pending.stop();
            pending = null;
        }
    }
}
