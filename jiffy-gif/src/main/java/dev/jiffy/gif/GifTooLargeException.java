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

    /**
     * A GIF too large for its reader's budget.
     *
     * @param message     what was too big (screen, frames), what it needs and the budget, in one line
     * @param neededBytes the bytes holding it would take
     * @param budgetBytes the bytes the reader was allowed
     */
    public GifTooLargeException(String message, long neededBytes, long budgetBytes) {
        super(message);
        this.neededBytes = neededBytes;
        this.budgetBytes = budgetBytes;
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
