package dev.jiffy.preview;

import java.util.function.Consumer;

/**
 * What the preview plays, without Swing: playing or paused, the frame on screen, the frame wanted next and which
 * frame to ask the loader for. Time comes from a {@link PlayerClock}, frames from {@link Frames}, and what to show
 * goes to a screen; the window is a view over this. Confined to one thread (the Swing event thread in the window),
 * so it needs no locks.
 *
 * <p>Playback shows every frame in turn, each for its own duration, looping. When the next frame is not loaded in
 * time, playback does not skip it: it asks for it and waits, shows it when it arrives, and goes on a frame's
 * duration after that. A frame shown after a seek or a step is likewise the one asked for, never a later one.
 */
final class Player {

    /** The frames the player can show: the cache, and the loader that fills it. */
    interface Frames {
        /** The picture of frame {@code index} in the given view if it is loaded, else null. */
        Picture get(int index, boolean asGif);

        /** Asks for frame {@code index} in the given view, and the frames after it, to be loaded first. */
        void request(int index, boolean asGif);
    }

    private final Timing timing;
    private final PlayerClock clock;
    private final Frames frames;
    private final Consumer<Picture> screen;

    private Picture shown;
    private int wanted;
    private boolean asGif;
    private boolean playing;
    private boolean scrubbing;
    private boolean stopped;
    /** When the frame after {@link #shown} is due, in the clock's nanoseconds, while playing. */
    private long nextDue;

    /** A paused player showing nothing yet; {@link #seek} to the first frame to start. */
    Player(Timing timing, PlayerClock clock, Frames frames, Consumer<Picture> screen) {
        this.timing = timing;
        this.clock = clock;
        this.frames = frames;
        this.screen = screen;
    }

    // ---- what the user does ----

    void play() {
        if (stopped) {
            return;
        }
        playing = true;
        if (shown != null) {
            nextDue = clock.nanos() + timing.nanosOf(shown.index());
        }
        arm();
    }

    void pause() {
        playing = false;
        clock.cancel();
    }

    void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and moves {@code delta} frames from the one wanted, wrapping around as playback loops. */
    void step(int delta) {
        pause();
        seek(Math.floorMod(wanted + delta, timing.count()));
    }

    /** Shows frame {@code index} as soon as it is loaded; playing or paused as before. Ends a scrub. */
    void seek(int index) {
        scrubbing = false;
        goTo(index);
    }

    /**
     * Shows frame {@code index} while the user drags through the frames: playback holds still (it would move the
     * slider under the user's hand) until the next {@link #seek}.
     */
    void scrub(int index) {
        scrubbing = true;
        goTo(index);
    }

    /** Shows the frames as the GIF will (palette reduced and dithered), or as they are. */
    void showAsGif(boolean on) {
        asGif = on;
        goTo(wanted); // the other view of the same frame; the current picture stays until it is loaded
    }

    // ---- what happens ----

    /** A frame was loaded (it is in {@link Frames} now). Shows it if it is the one waited for. */
    void arrived(Picture p) {
        if (p.index() == wanted && p.asGif() == asGif && waiting()) {
            show(p, clock.nanos() + timing.nanosOf(p.index()));
        }
    }

    /** Stops for good (a frame could not be made, or the window closed): playing again would stop there again. */
    void stop() {
        stopped = true;
        pause();
    }

    /** The clock's wake-up call: shows the next frame if it is due and loaded. */
    private void tick() {
        if (!playing || scrubbing || waiting()) {
            return; // a frame asked for shows when it arrives, and re-arms the clock then
        }
        long now = clock.nanos();
        if (now < nextDue) {
            arm(); // rang early
            return;
        }
        int next = (shown.index() + 1) % timing.count();
        Picture p = frames.get(next, asGif);
        if (p == null) {
            wanted = next; // late: wait for the loader; the frame shows when it arrives, and playback goes on from there
            frames.request(next, asGif);
            return;
        }
        // on time, the frame after is due a duration after this one was; far behind, a duration from now
        long base = now - nextDue > timing.nanosOf(shown.index()) ? now : nextDue;
        show(p, base + timing.nanosOf(p.index()));
    }

    private void goTo(int index) {
        wanted = index;
        Picture p = frames.get(index, asGif);
        if (p != null) {
            show(p, clock.nanos() + timing.nanosOf(index));
        } else {
            clock.cancel(); // until it arrives: a tick now would move on from the frame on screen instead
            frames.request(index, asGif);
        }
    }

    /** Puts {@code p} on screen; while playing, the frame after it is due at {@code next}. */
    private void show(Picture p, long next) {
        shown = p;
        wanted = p.index();
        nextDue = next;
        screen.accept(p);
        arm();
        frames.request((p.index() + 1) % timing.count(), asGif);
    }

    private void arm() {
        if (playing && !scrubbing && !waiting()) {
            clock.wakeAt(nextDue, this::tick);
        } else {
            clock.cancel();
        }
    }

    /** Whether the frame wanted is not the one on screen (not loaded yet). */
    private boolean waiting() {
        return shown == null || shown.index() != wanted || shown.asGif() != asGif;
    }

    // ---- state, for the view ----

    boolean playing() {
        return playing;
    }

    /** The frame on screen, or null before the first. */
    Picture shown() {
        return shown;
    }

    /** The frame on screen or on its way there. */
    int wanted() {
        return wanted;
    }

    boolean asGif() {
        return asGif;
    }
}
