package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.event.InvocationEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The window's clock rings on the event thread, never early, and never loses a call: the playback freeze of issue 13
 * (item 9) was a wake-up asked for inside a ring, dropped by the Swing timer.
 */
@ExtendWith(VirtualDisplay.class) // the event thread needs the toolkit, which needs the display
@Timeout(60)
class SwingClockTest {
    /** How long a ring may take to come on a loaded machine before the test calls it lost. */
    private static final long PATIENCE_SECONDS = 10;

    @Test
    void aCallAskedForInsideARingStillRingsWhenItFallsDueBeforeThatRingReturns() throws Exception {
        SwingClock clock = new SwingClock();
        CountDownLatch second = new CountDownLatch(1);
        EventQueue.invokeAndWait(() -> clock.wakeAt(clock.nanos(), () -> {
            clock.wakeAt(clock.nanos(), second::countDown);
            // The interleaving a busy event thread produces by chance, made certain: the new call falls due and its
            // event is queued before this ring returns.
            awaitQueuedInvocation();
        }));
        assertThat(second.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the call asked for inside the ring rang")
                .isTrue();
    }

    @Test
    void ringsOnTheEventThreadNoEarlierThanAsked() throws Exception {
        SwingClock clock = new SwingClock();
        List<Long> late = new CopyOnWriteArrayList<>();
        List<Boolean> onEventThread = new CopyOnWriteArrayList<>();
        CountDownLatch rang = new CountDownLatch(1);
        EventQueue.invokeAndWait(() -> {
            long due = clock.nanos() + 30_000_000L;
            clock.wakeAt(due, () -> {
                onEventThread.add(EventQueue.isDispatchThread());
                late.add(clock.nanos() - due);
                rang.countDown();
            });
        });
        assertThat(rang.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(onEventThread).containsExactly(true);
        assertThat(late).singleElement().satisfies(l -> assertThat(l).isNotNegative());
    }

    @Test
    void aReplacedOrCancelledCallDoesNotRing() throws Exception {
        SwingClock clock = new SwingClock();
        List<String> rings = new CopyOnWriteArrayList<>();
        CountDownLatch rang = new CountDownLatch(1);
        EventQueue.invokeAndWait(() -> {
            clock.wakeAt(clock.nanos(), () -> rings.add("replaced"));
            awaitQueuedInvocation(); // its event is already on its way
            clock.wakeAt(clock.nanos(), () -> {
                rings.add("asked");
                rang.countDown();
            });
        });
        assertThat(rang.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        EventQueue.invokeAndWait(() -> {
            clock.wakeAt(clock.nanos(), () -> rings.add("cancelled"));
            awaitQueuedInvocation();
            clock.cancel();
        });
        EventQueue.invokeAndWait(() -> { }); // after every event queued so far
        assertThat(rings).containsExactly("asked");
    }

    /** On the event thread: waits (for an event, not a time) until another thread has queued an invocation for it. */
    private static void awaitQueuedInvocation() {
        EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (queue.peekEvent(InvocationEvent.INVOCATION_DEFAULT) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the timer queued nothing within " + PATIENCE_SECONDS + " s");
            }
            Thread.onSpinWait();
        }
    }
}
