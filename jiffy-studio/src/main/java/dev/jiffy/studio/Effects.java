package dev.jiffy.studio;

import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Rect;
import dev.jiffy.compose.FreezeRegion;
import dev.jiffy.compose.SeamlessLoop;
import dev.jiffy.fx.Fx;
import dev.jiffy.progress.RenderListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The page's loops and effects, applied as {@code jiffy make} applies them to the cut, cropped, resized clip and in
 * the same order: background removal, the frozen region, the loop (boomerang or crossfade), black and white.
 *
 * @param removeBackground make the background transparent (a still camera's; the library's default removal)
 * @param freeze           a rectangle of the GIF (its pixels, after crop and resize) that stays as it is at
 *                         {@code freezeAt}; empty for none
 * @param freezeAt         seconds into the GIF of the frozen picture
 * @param loop             how the GIF loops back to its start
 * @param crossfade        the crossfade's length in seconds (for {@link Loop#CROSSFADE})
 * @param blackAndWhite    grey levels only
 */
record Effects(boolean removeBackground, Optional<Rect> freeze, double freezeAt, Loop loop, double crossfade,
               boolean blackAndWhite) {

    /** How the GIF loops: as it is, forwards then backwards, or with its end fading into its start. */
    enum Loop { PLAIN, BOOMERANG, CROSSFADE }

    /** A crossfade's length when none is given: half a second hides a cut without eating a short GIF. */
    static final double DEFAULT_CROSSFADE = 0.5;

    Effects {
        if (!(freezeAt >= 0)) {
            throw new IllegalArgumentException("the frozen picture's time must be 0 s or later, got " + freezeAt);
        }
        if (!(crossfade > 0)) {
            throw new IllegalArgumentException("the crossfade must last more than 0 s, got " + crossfade);
        }
    }

    /** The effects a request's parameters give: bg, freeze (x1,y1,x2,y2), freezeAt, loop, crossfade, bw. */
    static Effects of(Params p) {
        Optional<Rect> freeze = p.optionalBox("freeze", "freeze region", "x1,y1,x2,y2 in the GIF's pixels");
        Loop loop = p.text("loop").map(Effects::loop).orElse(Loop.PLAIN);
        return new Effects(p.has("bg") && !p.required("bg").equals("0"), freeze,
                p.optionalNumber("freezeAt").orElse(0), loop, p.optionalNumber("crossfade").orElse(DEFAULT_CROSSFADE),
                p.has("bw") && !p.required("bw").equals("0"));
    }

    private static Loop loop(String name) {
        try {
            return Loop.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the loop '" + name + "' is not plain, boomerang or crossfade");
        }
    }

    /** {@code clip} with these effects; {@code listener} hears the background removal's warnings. */
    Clip apply(Clip clip, RenderListener listener) {
        Clip result = clip;
        if (removeBackground) {
            result = BackgroundRemoval.of(result).withListener(listener).apply();
        }
        if (freeze.isPresent()) {
            try {
                result = FreezeRegion.of(result, region(freeze.get()).resolve(result.size()), freezeAt);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the frozen region: " + e.getMessage(), e);
            }
        }
        if (loop == Loop.BOOMERANG) {
            result = result.fx(Fx.timeSymmetrize());
        } else if (loop == Loop.CROSSFADE) {
            try {
                result = SeamlessLoop.crossfade(result, crossfade);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the crossfade loop: " + e.getMessage(), e);
            }
        }
        if (blackAndWhite) {
            result = result.fx(Fx.blackAndWhite());
        }
        return result;
    }

    /** The {@code jiffy make} options for these effects. */
    List<String> makeOptions() {
        List<String> args = new ArrayList<>();
        if (removeBackground) {
            args.add("--remove-background");
        }
        freeze.ifPresent(r -> {
            args.addAll(List.of("--freeze-region", r.x1() + "," + r.y1() + "," + r.x2() + "," + r.y2()));
            if (freezeAt != 0) {
                args.addAll(List.of("--freeze-at", Settings.plain(freezeAt)));
            }
        });
        if (loop == Loop.BOOMERANG) {
            args.add("--boomerang");
        } else if (loop == Loop.CROSSFADE) {
            args.addAll(List.of("--loop-crossfade", Settings.plain(crossfade)));
        }
        if (blackAndWhite) {
            args.add("--bw");
        }
        return args;
    }

    /** Make's box: a rectangle given as corners, checked against the frame when resolved. */
    static Crop region(Rect r) {
        return Crop.box(r.x1(), r.y1(), r.x2(), r.y2());
    }
}
