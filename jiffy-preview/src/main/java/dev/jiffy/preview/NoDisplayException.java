package dev.jiffy.preview;

import dev.jiffy.JiffyException;

/** There is no screen to show the preview on: a server, CI, an SSH session without X forwarding. */
public final class NoDisplayException extends JiffyException {
    /** Why there is no display. */
    private final String reason;

    NoDisplayException(String reason, Throwable cause) {
        super("no display: the preview needs a graphical session (" + reason
                + "); export frames with clip.saveFrame(t, \"frame.png\")", cause);
        this.reason = reason;
    }

    /**
     * Why there is no display.
     *
     * @return the cause in a few words, e.g. "DISPLAY is not set"
     */
    public String reason() {
        return reason;
    }
}
