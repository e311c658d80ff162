package dev.jiffy.studio;

import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Rect;
import dev.jiffy.compose.LoopEffects;
import dev.jiffy.progress.RenderListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page's loops and effects, applied as {@code jiffy make} applies them to the cut, cropped, resized clip and in
 * the same order: background removal, then the library's {@link LoopEffects} (the frozen region, the loop, black and
 * white), which {@code make}'s options mean too.
 *
 * @param removeBackground make the background transparent (a still camera's; the library's default removal)
 * @param freeze           a rectangle of the GIF (its pixels, after crop and resize) that stays as it is at
 *                         {@code freezeAt}; empty for none
 * @param freezeAt         seconds into the GIF of the frozen picture
 * @param loop             how the GIF loops back to its start
 * @param crossfade        the crossfade's length in seconds (for {@link LoopEffects.Loop#CROSSFADE})
 * @param blackAndWhite    grey levels only
 */
record Effects(boolean removeBackground, Optional<Rect> freeze, double freezeAt, LoopEffects.Loop loop,
               double crossfade, boolean blackAndWhite) {

    Effects {
        if (!(freezeAt >= 0)) {
            throw new IllegalArgumentException("the frozen picture's time must be 0 s or later, got " + freezeAt);
        }
        loopEffects(freeze, freezeAt, loop, crossfade, blackAndWhite);   // a bad crossfade is said now
    }

    /** The effects a request's parameters give: bg, freeze (x1,y1,x2,y2), freezeAt, loop, crossfade, bw. */
    static Effects of(Params p) {
        Optional<Rect> freeze = p.optionalBox("freeze", "freeze region", "x1,y1,x2,y2 in the GIF's pixels");
        LoopEffects.Loop loop = p.text("loop").map(Effects::loop).orElse(LoopEffects.Loop.PLAIN);
        return new Effects(p.has("bg") && !p.required("bg").equals("0"), freeze,
                p.optionalNumber("freezeAt").orElse(0), loop,
                p.optionalNumber("crossfade").orElse(LoopEffects.DEFAULT_CROSSFADE),
                p.has("bw") && !p.required("bw").equals("0"));
    }

    private static LoopEffects.Loop loop(String name) {
        try {
            return LoopEffects.Loop.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the loop '" + name + "' is not plain, boomerang or crossfade");
        }
    }

    /** The library's effects these settings name (all but the background removal). */
    LoopEffects loopEffects() {
        return loopEffects(freeze, freezeAt, loop, crossfade, blackAndWhite);
    }

    private static LoopEffects loopEffects(Optional<Rect> freeze, double freezeAt, LoopEffects.Loop loop,
                                           double crossfade, boolean blackAndWhite) {
        LoopEffects effects = LoopEffects.NONE;
        if (freeze.isPresent()) {
            effects = effects.withFreeze(region(freeze.get()), freezeAt);
        }
        if (loop == LoopEffects.Loop.BOOMERANG) {
            effects = effects.withBoomerang();
        } else if (loop == LoopEffects.Loop.CROSSFADE) {
            effects = effects.withCrossfade(crossfade);
        }
        return blackAndWhite ? effects.withBlackAndWhite() : effects;
    }

    /**
     * {@code clip} with these effects; {@code listener} hears the background removal's warnings and may cancel it
     * while it reads the background frames.
     */
    Clip apply(Clip clip, RenderListener listener) {
        Clip result = removeBackground ? BackgroundRemoval.of(clip).withListener(listener).apply() : clip;
        try {
            return loopEffects().apply(result);
        } catch (LoopEffects.Refused e) {
            String what = e.part() == LoopEffects.Part.FREEZE ? "the frozen region" : "the crossfade loop";
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
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
        if (loop == LoopEffects.Loop.BOOMERANG) {
            args.add("--boomerang");
        } else if (loop == LoopEffects.Loop.CROSSFADE) {
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
