package dev.jiffy.cli;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.compose.LoopEffects;
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
        return effects().retimes();
    }

    /** Applies the options to a clip that is already cut, cropped, scaled and sped up. */
    Clip apply(Clip clip) {
        if (freezeAt != null && freezeRegion == null) {
            throw new IllegalArgumentException("--freeze-at needs --freeze-region");
        }
        try {
            return effects().apply(clip);
        } catch (LoopEffects.Refused e) {
            String option = e.part() == LoopEffects.Part.FREEZE ? "--freeze-region/--freeze-at" : "--loop-crossfade";
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** The library's effects these options name. */
    private LoopEffects effects() {
        LoopEffects effects = LoopEffects.NONE;
        if (freezeRegion != null) {
            effects = effects.withFreeze(freezeRegion, freezeAt == null ? 0 : freezeAt);
        }
        if (loop.boomerang) {
            effects = effects.withBoomerang();
        } else if (loop.crossfade != null) {
            effects = effects.withCrossfade(loop.crossfade);
        }
        return blackAndWhite ? effects.withBlackAndWhite() : effects;
    }
}
