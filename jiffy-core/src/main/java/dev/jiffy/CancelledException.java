package dev.jiffy;

/**
 * The work was stopped because its {@link dev.jiffy.progress.RenderListener#cancelled()} said so: nothing is wrong,
 * and nothing was written.
 */
public class CancelledException extends JiffyException {
    public CancelledException(String message) {
        super(message);
    }
}
