package dev.jiffy.preview;

import dev.jiffy.JiffyException;
import dev.jiffy.clip.Clip;
import dev.jiffy.render.GifExport;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plays a clip in a window, looping, until the window is closed: {@code Preview.show(clip)}, or
 * {@code clip.preview()} with this module on the class path.
 *
 * <ul>
 *   <li>space pauses and plays; the left and right arrows (and the buttons) step a frame; the slider scrubs;
 *       Home and End go to the first and last frame.</li>
 *   <li>A click on a pixel prints its position in the clip's pixels (whatever the zoom), the time and its colour; a
 *       dragged rectangle prints the matching {@code --crop X1,Y1,X2,Y2} and {@code clip.crop(Crop.box(...))}.</li>
 *   <li>"As GIF" (or G) shows each frame as the GIF will: reduced to the export's palette size and dithered.</li>
 * </ul>
 *
 * The clip is sampled at the export's frame rate, else its own (15 fps for clips that have none), at most 50 fps.
 * Frames are decoded on a background thread a few frames ahead; the window never waits for the decoder.
 */
public final class Preview {
    private Preview() {
    }

    /**
     * Plays {@code clip} with the default GIF options, printing picks to standard output; returns when the window is
     * closed.
     *
     * @param clip the clip to play, looping
     * @throws NoDisplayException if there is no display (a server, CI), saying why
     */
    public static void show(Clip clip) {
        show(clip, GifExport.defaults());
    }

    /**
     * Plays {@code clip} at the export's frame rate, with its colours and dithering for the "As GIF" view, printing
     * picks to standard output; returns when the window is closed.
     *
     * @param clip   the clip to play, looping
     * @param export the frame rate, palette size and dithering the GIF will have
     * @throws NoDisplayException if there is no display (a server, CI), saying why
     */
    public static void show(Clip clip, GifExport export) {
        show(clip, export, PreviewListener.printing(System.out));
    }

    /**
     * Plays {@code clip} and tells {@code listener} what the user picks; returns when the window is closed.
     *
     * @param clip     the clip to play, looping
     * @param export   the frame rate, palette size and dithering the GIF will have
     * @param listener hears each clicked pixel and dragged rectangle, on the Swing event thread
     *
     * @throws NoDisplayException       if there is no display (a server, CI), saying why
     * @throws IllegalStateException    if called on the Swing event thread, which this method would block
     * @throws IllegalArgumentException if the clip never ends
     * @throws RuntimeException         what the clip threw if it failed to give a frame (after the window closes)
     */
    public static void show(Clip clip, GifExport export, PreviewListener listener) {
        open(clip, export, listener, new SwingClock(), true).awaitClosed();
    }

    /**
     * Opens the window and returns once it is showing; {@code play} false starts paused on the first frame. Playback
     * runs on {@code clock} (tests move a clock of their own by hand).
     */
    static PreviewWindow open(Clip clip, GifExport export, PreviewListener listener, PlayerClock clock, boolean play) {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(listener, "listener");
        Timing timing = Timing.of(clip, export.fps());
        timing.sampling().warning().ifPresent(export.listener()::warning);
        Display.require();
        try {
            // the toolkit connects to the display on first use, which is here: an unreachable one fails now
            if (EventQueue.isDispatchThread()) {
                throw new IllegalStateException("the preview blocks until its window is closed: call it from your own"
                        + " thread, not the Swing event thread");
            }
            AtomicReference<PreviewWindow> window = new AtomicReference<>();
            EventQueue.invokeAndWait(() -> window.set(new PreviewWindow(clip, timing, export.gif(), listener, clock,
                    play)));
            return window.get();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (Display.isNoDisplay(cause)) {
                throw Display.unreachable(cause);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new JiffyException("the preview window failed to open: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiffyException("the preview was interrupted while its window opened");
        } catch (RuntimeException | Error e) {
            if (Display.isNoDisplay(e)) {
                throw Display.unreachable(e);
            }
            throw e;
        }
    }
}
