package dev.jiffy.cli;

import dev.jiffy.render.ByteSize;
import dev.jiffy.render.SizeFit;
import dev.jiffy.render.SizePreset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-size 8MB} and {@code --target discord}: the options of the library's size search ({@link SizeFit}),
 * which encodes, measures and adjusts until the GIF lands just under the limit.
 */
final class SizeTarget {
    @Option(names = "--max-size", paramLabel = "SIZE", converter = Bytes.class,
            description = "Largest file to write, e.g. 8MB, 500KB, 8MiB (KB/MB decimal, KiB/MiB binary): quality, "
                    + "then frame rate and size, are lowered until the GIF fits.")
    ByteSize maxSize;

    @Option(names = "--target", paramLabel = "NAME",
            description = "An upload limit by name, as --max-size: discord, discord-emoji, twitter, github, email, "
                    + "slack-emoji, mastodon, x, twitter-mobile (limits as of 2026, in size-presets.properties).")
    String target;

    /** Whether a size limit was asked for. */
    boolean isSet() {
        return maxSize != null || target != null;
    }

    /** The limit: the smaller of --max-size and --target's. */
    ByteSize limit() {
        ByteSize limit = maxSize;
        if (target != null) {
            ByteSize preset = SizePreset.find(target).orElseThrow(() -> new IllegalArgumentException("unknown --target '"
                    + target + "': use one of " + SizePreset.listing() + ", or --max-size SIZE")).limit();
            limit = limit == null || preset.compareTo(limit) < 0 ? preset : limit;
        }
        return limit;
    }

    /**
     * The search as the command line asks for it: the quality given (else the default) is where it starts, and an
     * explicit --quality is also the most it may use; the expert options hold at every quality it tries.
     */
    SizeFit fit(EncodingOptions encoding) {
        SizeFit fit = SizeFit.under(limit()).withOverrides(encoding::withExpertOptions);
        return encoding.quality == null ? fit : fit.withQuality(encoding.quality);
    }

    static final class Bytes implements ITypeConverter<ByteSize> {
        @Override
        public ByteSize convert(String value) {
            try {
                return ByteSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
