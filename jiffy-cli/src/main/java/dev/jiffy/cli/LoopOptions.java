package dev.jiffy.cli;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Rect;
import dev.jiffy.compose.FreezeRegion;
import dev.jiffy.compose.SeamlessLoop;
import dev.jiffy.fx.Fx;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Freezing, seamless loops and black-and-white: what GIF makers otherwise assemble by hand. */
final class LoopOptions {
    @Option(names = "--freeze-region", paramLabel = "X1,Y1,X2,Y2", converter = Converters.Box.class,
            description = "Freeze this rectangle of the GIF (its pixels, after --crop and scaling) while the rest moves.")
    Crop freezeRegion;

    @Option(names = "--freeze-at", paramLabel = "T", converter = Converters.Time.class,
            description = "Time in the GIF at which the frozen region is taken. Default: 0.")
    Double freezeAt;

    @ArgGroup(exclusive = true)
    Loop loop = new Loop();

    static final class Loop {
        @Option(names = "--boomerang", description = "Play forwards then backwards, so the GIF loops seamlessly.")
        boolean boomerang;

        @Option(names = "--loop-crossfade", paramLabel = "SECONDS", converter = Converters.Positive.class,
                description = "Fade the start back in over the last SECONDS so the GIF loops seamlessly "
                        + "(the GIF gets SECONDS shorter).")
        Double crossfade;
    }

    @Option(names = "--bw", description = "Black and white.")
    boolean blackAndWhite;

    /** Whether the options make new times (a boomerang, a crossfade), so a GIF input's own delays no longer apply. */
    boolean retimes() {
        return loop.boomerang || loop.crossfade != null;
    }

    /** Applies the options to a clip that is already cut, cropped, scaled and sped up. */
    Clip apply(Clip clip) {
        if (freezeAt != null && freezeRegion == null) {
            throw new IllegalArgumentException("--freeze-at needs --freeze-region");
        }
        Clip result = clip;
        if (freezeRegion != null) {
            try {
                Rect region = freezeRegion.resolve(result.size());
                result = FreezeRegion.of(result, region, freezeAt == null ? 0 : freezeAt);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--freeze-region/--freeze-at: " + e.getMessage(), e);
            }
        }
        if (loop.boomerang) {
            result = result.fx(Fx.timeSymmetrize());
        } else if (loop.crossfade != null) {
            try {
                result = SeamlessLoop.crossfade(result, loop.crossfade);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--loop-crossfade: " + e.getMessage(), e);
            }
        }
        if (blackAndWhite) {
            result = result.fx(Fx.blackAndWhite());
        }
        return result;
    }
}
