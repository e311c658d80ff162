package dev.jiffy.gif;

import java.io.IOException;

/** A stage running on a thread of its own. */
interface Running {
    /** Waits until the stage has dealt with everything handed to it so far. */
    void awaitIdle() throws IOException;

    /** Waits for its thread to end, which it does after the end of its input or when the pipeline stops. */
    void join() throws InterruptedException;
}
