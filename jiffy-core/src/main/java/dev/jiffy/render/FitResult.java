package dev.jiffy.render;

import java.util.Locale;

/**
 * What a {@link SizeFit} search wrote.
 *
 * @param result the GIF moved into place (its {@code seconds} is the whole search's time)
 * @param chosen the try that was kept: the best quality that fitted
 * @param tries  how many GIFs were encoded
 * @param limit  the limit it fits under
 */
public record FitResult(RenderResult result, FitTry chosen, int tries, ByteSize limit) {

    /**
     * "wrote small.gif, fitted under 1.00 MB: quality 74, 15 fps, 480x270, 954.4 KB (954,394 bytes); 60 frames (60 in
     * the GIF), 4.00 s; 7 tries in 4.3 s".
     */
    @Override
    public String toString() {
        return describe(result.file().toString());
    }

    /**
     * As {@link #toString()}, naming where the GIF went in other words (see {@link RenderResult#describe}).
     *
     * @param destination where the GIF went, as the report should say it
     * @return "wrote DESTINATION, fitted under 1.00 MB: ..."
     */
    public String describe(String destination) {
        return String.format(Locale.ROOT, "wrote %s, fitted under %s: %s; %d frames (%d in the GIF), %.2f s; "
                + "%d tries in %.1f s", destination, limit, chosen, result.sampledFrames(), result.gifFrames(),
                result.duration(), tries, result.seconds());
    }
}
