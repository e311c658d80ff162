package dev.jiffy.gif;

import java.io.IOException;

/**
 * A well-formed GIF that would take more memory to hold than the reader was allowed: it is not broken, it is too big
 * for the budget (a larger budget, or more heap, would read it). Says what was too big and how much it needs.
 */
public final class GifTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    /** Bytes holding the GIF would take. */
    private final long neededBytes;
    /** Bytes the reader was allowed. */
    private final long budgetBytes;
    /** False when a screen or frame has more pixels than a Java array holds: no budget or heap would read it. */
    private final boolean moreMemoryWouldHelp;

    /**
     * A GIF too large for its reader's budget.
     *
     * @param message     what was too big (screen, frames), what it needs and the budget, in one line
     * @param neededBytes the bytes holding it would take
     * @param budgetBytes the bytes the reader was allowed
     */
    public GifTooLargeException(String message, long neededBytes, long budgetBytes) {
        this(message, neededBytes, budgetBytes, true);
    }

    /**
     * A GIF too large for its reader's budget, or for any budget.
     *
     * @param message             what was too big (screen, frames), what it needs and the limit, in one line
     * @param neededBytes         the bytes holding it would take
     * @param budgetBytes         the bytes the reader was allowed
     * @param moreMemoryWouldHelp false when the limit is not the budget but what a Java array holds
     */
    public GifTooLargeException(String message, long neededBytes, long budgetBytes, boolean moreMemoryWouldHelp) {
        super(message);
        this.neededBytes = neededBytes;
        this.budgetBytes = budgetBytes;
        this.moreMemoryWouldHelp = moreMemoryWouldHelp;
    }

    /**
     * Whether a larger budget (more heap) would read the GIF: false when a screen or frame has more pixels than a Java
     * array holds, so that telling a user to give Java more memory would send them the wrong way.
     *
     * @return true when the budget, not Java's array limit, refused it
     */
    public boolean moreMemoryWouldHelp() {
        return moreMemoryWouldHelp;
    }

    /**
     * The memory holding the GIF would take.
     *
     * @return bytes
     */
    public long neededBytes() {
        return neededBytes;
    }

    /**
     * The memory the reader was allowed.
     *
     * @return bytes
     */
    public long budgetBytes() {
        return budgetBytes;
    }
}
