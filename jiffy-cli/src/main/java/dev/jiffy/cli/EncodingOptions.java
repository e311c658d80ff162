package dev.jiffy.cli;

import dev.jiffy.gif.Dither;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.PaletteMode;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How the GIF is encoded: one quality knob, and expert options that override what it chose. */
final class EncodingOptions {
    @Option(names = "--quality", paramLabel = "1..100", converter = Quality.class,
            description = "Quality: lower makes smaller files (more lossy LZW; palettes shared by scenes below 75, "
                    + "halved below 75, 68, 60, 50 and 30); 100 is lossless LZW. Default: "
                    + QualityMapping.DEFAULT_QUALITY + ".")
    Integer quality;

    @Option(names = "--colors", paramLabel = "N", converter = Colors.class,
            description = "Most colours per frame, 2-256. Default: from --quality (256 from quality 75 up, then 127, "
                    + "63, 31, 15, 7).")
    Integer colors;

    @Option(names = "--dither", paramLabel = "KIND", description = "Dithering: ${COMPLETION-CANDIDATES}. "
            + "Default: from --quality (none at 100, AUTO from 75 to 99: ordered only for frames whose palette is finer "
            + "than their colours vary, as grain; ordered below 75).")
    Dither dither;

    @Option(names = "--fuzz", paramLabel = "PERCENT", converter = Percent.class,
            description = "Colour difference (0-100 %%) under which a pixel counts as unchanged between frames; "
                    + "higher makes smaller files. Default: 0.")
    Double fuzz;

    @Option(names = "--lossy", paramLabel = "N", converter = Lossy.class,
            description = "Lossy LZW compression, 0-" + GifOptions.MAX_LOSSY + " as gifsicle's --lossy (e.g. 80; "
                    + "0 = off): smaller files for a little noise. Default: from --quality (15 at 80).")
    Integer lossy;

    @Option(names = "--palette", paramLabel = "MODE", converter = Palette.class,
            description = "Palettes: frame (a fresh one per frame: truest colours), auto (shared by the frames of a "
                    + "scene: smaller files), scene_or_frame (the scene's where it serves a frame closely, else the "
                    + "frame's own) or global (one for the whole GIF, from frames sampled over the clip). "
                    + "Default: from --quality (frame at 100, scene_or_frame from 75 up, auto below).")
    PaletteMode palette;

    /** The quality in effect: --quality, else the default. */
    int quality() {
        return quality == null ? QualityMapping.DEFAULT_QUALITY : quality;
    }

    /** {@code base} with these options applied at the quality given on the command line (or the default). */
    GifOptions apply(GifOptions base) {
        return apply(base, quality);
    }

    /** {@code base} with these options applied at {@code q} (null: the encoder's default quality). */
    GifOptions apply(GifOptions base, Integer q) {
        return withExpertOptions(q == null ? base : QualityMapping.forQuality(base, q));
    }

    /** {@code o} with the expert options given on the command line, which override what quality chose. */
    GifOptions withExpertOptions(GifOptions o) {
        if (colors != null) {
            o = o.withMaxColors(colors);
        }
        if (dither != null) {
            o = o.withDither(dither);
        }
        if (fuzz != null) {
            o = o.withFuzzPercent(fuzz);
        }
        if (lossy != null) {
            o = QualityMapping.withLossy(o, lossy);
        }
        if (palette != null) {
            o = o.withPalette(palette);
        }
        return o;
    }

    static final class Quality implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.wholeIn(value, 1, 100, "a quality");
        }
    }

    static final class Lossy implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.wholeIn(value, 0, GifOptions.MAX_LOSSY, "a lossy level");
        }
    }

    static final class Colors implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Converters.wholeIn(value, 2, 256, "a number of colours");
        }
    }

    static final class Percent implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double v;
            try {
                v = Double.parseDouble(value.trim().replaceFirst("%$", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a percentage: use 0-100, e.g. 3");
            }
            if (!(v >= 0 && v <= 100)) {
                throw new TypeConversionException("must be 0-100 (percent), got " + value);
            }
            return v;
        }
    }

    static final class Palette implements ITypeConverter<PaletteMode> {
        @Override
        public PaletteMode convert(String value) {
            try {
                return PaletteMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a palette mode: use global, frame, auto or "
                        + "scene_or_frame");
            }
        }
    }
}
