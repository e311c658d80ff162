package dev.jiffy.preview;

import dev.jiffy.clip.Excerpt;

/**
 * Where the previewed clip's pixels and times come from in the video, so that printed crops and times can be pasted
 * into a command line whose {@code --crop} is in the video's pixels (applied before scaling) and whose times are
 * the video's. A pixel x of the clip is video pixel {@code cropX + x / scaleX}; clip time t is video time
 * {@code start + t * speed}.
 *
 * @param cropX  left edge of the clip in the video (its crop's x1)
 * @param cropY  top edge of the clip in the video (its crop's y1)
 * @param scaleX clip pixels per video pixel, horizontally (0.5 when the clip was scaled to half)
 * @param scaleY clip pixels per video pixel, vertically
 * @param start  video time of the clip's time 0, seconds
 * @param speed  how many times faster than the video the clip plays
 */
public record VideoMapping(int cropX, int cropY, double scaleX, double scaleY, double start, double speed) {
    /**
     * A mapping from the clip to the video.
     *
     * @param cropX  left edge of the clip in the video
     * @param cropY  top edge of the clip in the video
     * @param scaleX clip pixels per video pixel, horizontally, positive
     * @param scaleY clip pixels per video pixel, vertically, positive
     * @param start  video time of the clip's time 0, seconds
     * @param speed  how many times faster than the video the clip plays, positive
     * @throws IllegalArgumentException if a scale or the speed is not positive
     */
    public VideoMapping {
        if (!(scaleX > 0) || !(scaleY > 0) || !(speed > 0)) {
            throw new IllegalArgumentException("scales and speed must be positive, got scaleX=" + scaleX + ", scaleY="
                    + scaleY + ", speed=" + speed);
        }
    }

    /**
     * Where an excerpt's clip sits in its source video.
     *
     * @param excerpt the excerpt the previewed clip was made from
     * @return the mapping from the excerpt's pixels and times to the video's
     */
    public static VideoMapping of(Excerpt excerpt) {
        return new VideoMapping(excerpt.crop().x1(), excerpt.crop().y1(), excerpt.scaleX(), excerpt.scaleY(),
                excerpt.from(), excerpt.speed());
    }

    /**
     * The clip is the video: no crop, scale or cut.
     *
     * @return the mapping that changes nothing
     */
    public static VideoMapping identity() {
        return new VideoMapping(0, 0, 1, 1, 0, 1);
    }

    /**
     * Whether this mapping changes nothing.
     *
     * @return true if clip and video pixels and times are the same
     */
    public boolean isIdentity() {
        return equals(identity());
    }

    /**
     * The video column of the clip's pixel column {@code x}.
     *
     * @param x a column of the clip
     * @return the video column its centre falls in
     */
    public int videoX(int x) {
        return cropX + (int) Math.floor((x + 0.5) / scaleX);
    }

    /**
     * The video row of the clip's pixel row {@code y}.
     *
     * @param y a row of the clip
     * @return the video row its centre falls in
     */
    public int videoY(int y) {
        return cropY + (int) Math.floor((y + 0.5) / scaleY);
    }

    /**
     * The video's vertical pixel edge matching the clip's edge {@code x}, for crop coordinates.
     *
     * @param x an edge between the clip's columns (0 = its left side)
     * @return the nearest edge between the video's columns
     */
    public int videoEdgeX(int x) {
        return cropX + (int) Math.round(x / scaleX);
    }

    /**
     * The video's horizontal pixel edge matching the clip's edge {@code y}, for crop coordinates.
     *
     * @param y an edge between the clip's rows (0 = its top)
     * @return the nearest edge between the video's rows
     */
    public int videoEdgeY(int y) {
        return cropY + (int) Math.round(y / scaleY);
    }

    /**
     * The video time of the clip's time {@code t}.
     *
     * @param t seconds into the clip
     * @return seconds into the video
     */
    public double videoTime(double t) {
        return start + t * speed;
    }
}
