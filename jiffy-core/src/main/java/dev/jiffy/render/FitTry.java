package dev.jiffy.render;

/**
 * One complete GIF a {@link SizeFit} search encoded, and how big it came out.
 *
 * @param number   1 for the first try, 2 for the second...
 * @param settings what it was encoded with
 * @param bytes    the size of the GIF
 * @param fits     whether that is within the limit
 */
public record FitTry(int number, FitSettings settings, ByteSize bytes, boolean fits) {

    /** "quality 74, 15 fps, 480x270, 954.4 KB (954,394 bytes)". */
    @Override
    public String toString() {
        return settings + ", " + bytes + " (" + bytes.exact() + ")";
    }
}
