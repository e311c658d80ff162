package dev.jiffy.preview;

import dev.jiffy.clip.Clip;
import dev.jiffy.gif.GifOptions;
import java.awt.image.BufferedImage;

/**
 * Decodes frames on one background thread, never on the Swing event thread: the frame the window wants first, then
 * the next {@link #AHEAD} (wrapping around, as playback loops), as plain pictures or as the GIF shows them. One
 * thread, in order, because a video decodes fastest forwards.
 */
final class FrameLoader {
    static final int AHEAD = 8;

    interface Listener {
        /** A picture is in the cache; called on the loader thread. */
        void loaded(Picture picture);

        /** The clip failed to give frame {@code index} (or the GIF view of it); loading stops. On the loader thread. */
        void failed(int index, Throwable error);
    }

    private final Clip clip;
    private final Timing timing;
    private final GifOptions gif;
    private final PictureCache cache;
    private final Listener listener;
    private final Thread thread;
    private int focus;
    private boolean asGif;
    private boolean stopped;

    FrameLoader(Clip clip, Timing timing, GifOptions gif, PictureCache cache, Listener listener) {
        this.clip = clip;
        this.timing = timing;
        this.gif = gif;
        this.cache = cache;
        this.listener = listener;
        this.thread = new Thread(this::run, "jiffy-preview-frames");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Loads {@code index} next, then the frames after it, in the given view. */
    synchronized void focus(int index, boolean asGif) {
        this.focus = index;
        this.asGif = asGif;
        notifyAll();
    }

    /** Asks the thread to end after the frame it is on; does not wait. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Stops and waits for the thread to finish its frame, so the clip can be closed after this. */
    void close() throws InterruptedException {
        stop();
        thread.join(60_000);
    }

    private void run() {
        while (true) {
            int index;
            boolean gifView;
            synchronized (this) {
                while (true) {
                    if (stopped) {
                        return;
                    }
                    index = nextMissing();
                    if (index >= 0) {
                        gifView = asGif;
                        break;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            Picture picture;
            try {
                picture = load(index, gifView);
            } catch (RuntimeException | Error e) {
                listener.failed(index, e);
                return;
            }
            cache.put(picture, AHEAD + 2);
            listener.loaded(picture);
        }
    }

    /** The first frame from the focus on that is not in the cache, or -1; touches the ones that are, to keep them. */
    private int nextMissing() {
        int n = Math.min(AHEAD, timing.count() - 1);
        for (int k = 0; k <= n; k++) {
            int i = (focus + k) % timing.count();
            if (cache.get(i, asGif) == null) {
                return i;
            }
        }
        return -1;
    }

    private Picture load(int index, boolean gifView) {
        Picture plain = cache.get(index, false);
        BufferedImage source = plain != null ? plain.source() : clip.frame(timing.timeOf(index)).toImage();
        if (!gifView) {
            return new Picture(index, false, source, source);
        }
        return new Picture(index, true, source, GifLook.of(source, gif));
    }
}
