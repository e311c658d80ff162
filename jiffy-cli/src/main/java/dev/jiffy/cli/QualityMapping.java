package dev.jiffy.cli;

import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifQuality;

/**
 * The one place that turns {@code --quality 1..100} and the expert options into {@link GifOptions}. Quality is the
 * encoder's own mapping ({@link GifQuality}: lossy LZW, palettes shared by scenes and halved below 75, again below
 * 68, 60, 50 and 30); the expert options given on the command line override what it chose.
 */
final class QualityMapping {
    /** Quality used when none is given: the encoder's defaults. */
    static final int DEFAULT_QUALITY = GifQuality.DEFAULT;

    private QualityMapping() {
    }

    /** Encoder options for a quality 1..100, starting from {@code base} (loop count, dither, fuzz...). */
    static GifOptions forQuality(GifOptions base, int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("--quality must be 1..100, got " + quality);
        }
        return base.withQuality(quality);
    }

    /** Lossy LZW level 0..{@link GifOptions#MAX_LOSSY} (0 = off), as gifsicle's --lossy. */
    static GifOptions withLossy(GifOptions options, int level) {
        if (level < 0 || level > GifOptions.MAX_LOSSY) {
            throw new IllegalArgumentException("--lossy must be 0.." + GifOptions.MAX_LOSSY + " (0 = off), got " + level);
        }
        return options.withLossy(level);
    }

}
