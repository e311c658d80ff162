package dev.jiffy.render;

import dev.jiffy.clip.Clip;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifQuality;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A GIF that must land just under a file size: {@code SizeFit.under(ByteSize.parse("8MB")).write(clip, file, export)}
 * encodes, measures and adjusts until it fits, and writes the best GIF that does. What the command line's
 * {@code --max-size} and {@code --target} do, for any caller.
 *
 * <p>The search: encode at the start quality; if it fits and the highest quality allowed is above it, try that, else
 * binary-search between them. If it does not fit, try quality {@value SizeSearch#QUALITY_FLOOR} (the lowest worth
 * having), and if that fits binary-search the highest quality that does. If even that is too big, lower the frame rate
 * (down to {@value SizeSearch#FPS_FLOOR} fps) and the size (down to {@value SizeSearch#MIN_SIDE} pixels) together, in
 * proportion to how far over the limit the last try was, step halfway back while far under, and search quality again
 * there. Every try is a complete GIF written by the normal renderer into a temporary folder beside the output
 * ({@code .jiffy-fit-N}, removed afterwards, also on Ctrl-C); the one kept is moved into place.
 *
 * @param limit          the largest file allowed
 * @param startQuality   the quality tried first (default {@value GifQuality#DEFAULT})
 * @param highestQuality the most quality may rise to when the start fits (default 100)
 * @param overrides      applied to the encoder options after each try's quality set them: the options a caller
 *                       chose explicitly ({@code --colors}, {@code --lossy}...), which quality must not undo
 * @param listener       hears about each try
 */
public record SizeFit(ByteSize limit, int startQuality, int highestQuality, UnaryOperator<GifOptions> overrides,
                      FitListener listener) {

    public SizeFit {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(listener, "listener");
        if (limit.bytes() < 1) {
            throw new IllegalArgumentException("a size limit must be at least 1 byte, got " + limit.exact());
        }
        if (startQuality < 1 || highestQuality > 100 || startQuality > highestQuality) {
            throw new IllegalArgumentException("qualities must satisfy 1 <= start <= highest <= 100, got start "
                    + startQuality + " and highest " + highestQuality);
        }
    }

    /** Fit under {@code limit}, starting at the default quality and rising to 100 if there is room. */
    public static SizeFit under(ByteSize limit) {
        return new SizeFit(limit, GifQuality.DEFAULT, 100, UnaryOperator.identity(), FitListener.NONE);
    }

    /** Fit under {@code bytes}. */
    public static SizeFit under(long bytes) {
        return under(ByteSize.of(bytes));
    }

    /** Fit under a named upload limit: {@code SizeFit.under(SizePreset.named("discord"))}. */
    public static SizeFit under(SizePreset preset) {
        return under(preset.limit());
    }

    /** Start at {@code quality} and never go above it (a quality asked for is the most the search may use). */
    public SizeFit withQuality(int quality) {
        return new SizeFit(limit, quality, quality, overrides, listener);
    }

    /** Options to keep whatever quality each try uses, e.g. {@code o -> o.withMaxColors(64)}. */
    public SizeFit withOverrides(UnaryOperator<GifOptions> overrides) {
        return new SizeFit(limit, startQuality, highestQuality, overrides, listener);
    }

    public SizeFit withListener(FitListener listener) {
        return new SizeFit(limit, startQuality, highestQuality, overrides, listener);
    }

    /**
     * Writes the best GIF of {@code clip} under the limit to {@code file}. The export's frame rate (else the clip's) is
     * the highest tried; its loop count, fuzz and other options are kept; its listener hears each try's frames.
     *
     * @throws dev.jiffy.JiffyException if even the smallest setting is too big (nothing is written)
     */
    public FitResult write(Clip clip, Path file, GifExport export) {
        return SizeSearch.run(this, clip, file, export);
    }
}
