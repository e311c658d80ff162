package dev.jiffy;

import dev.jiffy.time.Times;
import java.nio.file.Path;

/**
 * A video whose pictures end before the duration its header claims (a download or copy cut short): asked for a frame
 * past the last one there is. A renderer writes what there is and warns; see {@link #endsAt()}.
 */
public class TruncatedMediaException extends MediaException {
    private final double endsAt;
    private final double claimed;

    public TruncatedMediaException(Path file, double endsAt, double claimed) {
        super(file + " ends at " + Times.format(endsAt) + ", not at " + Times.format(claimed)
                + " as its header says (the file is cut short)");
        this.endsAt = endsAt;
        this.claimed = claimed;
    }

    /** Seconds from the start of the video to the end of its last picture. */
    public double endsAt() {
        return endsAt;
    }

    /** The duration the file's header claims, in seconds. */
    public double claimed() {
        return claimed;
    }
}
