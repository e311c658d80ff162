package dev.jiffy.render;

import dev.jiffy.JiffyException;

/** A {@link SizeFit} search found nothing small enough: even its smallest try was over the limit. Nothing is written. */
public final class SizeFitException extends JiffyException {
    private final ByteSize limit;
    private final FitTry smallest;

    SizeFitException(ByteSize limit, FitTry smallest) {
        super("cannot fit under " + limit + ": the smallest try (" + smallest + ") is still too big; make the clip "
                + "shorter or smaller, or allow more");
        this.limit = limit;
        this.smallest = smallest;
    }

    public ByteSize limit() {
        return limit;
    }

    /** The last and smallest try: the lowest quality, frame rate and size the search went down to. */
    public FitTry smallest() {
        return smallest;
    }
}
