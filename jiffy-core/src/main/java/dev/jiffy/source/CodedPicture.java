package dev.jiffy.source;

/**
 * One compressed picture of a video stream as the file stores it, read without decoding it: when it shows and how many
 * bytes the codec spent on it. Between keyframes a codec spends bytes on what changed since the pictures it predicts
 * from, so the sizes say, for nearly nothing, where in a video the picture changes much and where little. A keyframe
 * is coded whole: its size says how detailed the picture is, and where the encoder put it at a cut (x264 and VP8
 * do), that the picture changed whole.
 *
 * @param time     when the picture shows, in seconds from the start of the video stream (the {@link FrameCursor}'s
 *                 times)
 * @param bytes    the compressed picture's size in bytes
 * @param keyframe whether the picture is a keyframe (decodable on its own)
 */
public record CodedPicture(double time, int bytes, boolean keyframe) {
    /**
     * Checks the values.
     *
     * @param time     when the picture shows, in seconds from the start of the video stream
     * @param bytes    the compressed picture's size in bytes
     * @param keyframe whether the picture is a keyframe
     * @throws IllegalArgumentException if {@code time} is not a number or {@code bytes} is negative
     */
    public CodedPicture {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("a coded picture's time must be a number, got NaN");
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("a coded picture's size must be 0 bytes or more, got " + bytes);
        }
    }
}
