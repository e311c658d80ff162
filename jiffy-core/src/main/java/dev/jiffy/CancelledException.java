package dev.jiffy;

/**
 * The work was stopped because its {@link dev.jiffy.progress.RenderListener#cancelled()} said so: nothing is wrong,
 * and nothing was written.
 */
public class CancelledException extends JiffyException {
    /**
     * The work stopped on request.
     *
     * @param message what was stopped, e.g. "render cancelled after 12 of 40 frames"
     */
    public CancelledException(String message) {
        super(message);
    }
}
