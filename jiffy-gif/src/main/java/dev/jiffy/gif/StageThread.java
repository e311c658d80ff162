package dev.jiffy.gif;

import java.io.IOException;

/**
 * Runs a stage on a thread of its own, fed through a {@link Channel}: the upstream stage hands items on and goes on
 * with its next one. What the stage throws stops the whole pipeline (see {@link StageControl}).
 */
final class StageThread<T> implements Sink<T>, Running {
    private final Channel<T> channel;
    private final Sink<T> stage;
    private final StageControl control;
    private final Thread thread;

    StageThread(String name, Sink<T> stage, StageControl control) {
        this.channel = new Channel<>(control);
        this.stage = stage;
        this.control = control;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true); // a writer that is never closed must not keep the JVM alive
        thread.start();
    }

    private void run() {
        try {
            for (T item = channel.take(); item != null; item = channel.take()) {
                stage.accept(item);
            }
            stage.finish();
        } catch (Throwable t) {
            control.fail(t);
        }
    }

    @Override
    public void accept(T item) {
        channel.put(item);
    }

    @Override
    public void finish() {
        channel.close();
    }

    /** Waits until the stage has dealt with every item handed on so far. */
    @Override
    public void awaitIdle() throws IOException {
        channel.awaitIdle();
    }

    /** Waits for the thread to end (after {@link #finish()} or a stop). */
    @Override
    public void join() throws InterruptedException {
        thread.join();
    }
}
