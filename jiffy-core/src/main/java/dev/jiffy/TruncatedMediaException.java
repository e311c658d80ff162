package dev.jiffy;

import dev.jiffy.time.Times;
import java.nio.file.Path;

/**
 * A video whose pictures end before the duration its header claims (a download or copy cut short): asked for a frame
 * past the last one there is. A renderer writes what there is and warns; see {@link #endsAt()}.
 */
public class TruncatedMediaException extends MediaException {
    /** Seconds to the end of the last picture. */
    private final double endsAt;
    /** The duration the header claims, in seconds. */
    private final double claimed;

    /**
     * A truncated video, with the message saying where it ends and what its header claims.
     *
     * @param file    the video
     * @param endsAt  seconds to the end of its last picture
     * @param claimed the duration its header claims, in seconds
     */
    public TruncatedMediaException(Path file, double endsAt, double claimed) {
        super(file + " ends at " + Times.format(endsAt) + ", not at " + Times.format(claimed)
                + " as its header says (the file is cut short)");
        this.endsAt = endsAt;
        this.claimed = claimed;
    }

    /**
     * Seconds from the start of the video to the end of its last picture.
     *
     * @return seconds, less than {@link #claimed()}
     */
    public double endsAt() {
        return endsAt;
    }

    /**
     * The duration the file's header claims, in seconds.
     *
     * @return seconds
     */
    public double claimed() {
        return claimed;
    }
}
