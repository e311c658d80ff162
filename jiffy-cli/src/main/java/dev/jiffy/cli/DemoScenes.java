package dev.jiffy.cli;

import dev.jiffy.background.BackgroundMethod;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.fx.Fx;
import dev.jiffy.image.Mask;
import dev.jiffy.image.draw.Point;
import dev.jiffy.image.draw.Split;
import dev.jiffy.render.GifExport;
import dev.jiffy.image.Colors;
import dev.jiffy.text.TextClip;
import java.util.List;
import java.util.function.Function;

/**
 * The seed article's examples, redone on the bundled Big Buck Bunny sample (the article's times point into the
 * Frozen trailer, which we cannot ship). Each mirrors a program in {@code examples/}.
 */
final class DemoScenes {
    /** One GIF of the demo: the seed's file name, how to build the clip from the sample, and how to write it. */
    record Scene(String file, Function<Clip, Clip> build, GifExport export) {
    }

    private DemoScenes() {
    }

    static List<Scene> all() {
        return List.of(
                // Seed: .subclip((1,22.65),(1,23.2)).resize(0.3)
                new Scene("use_your_head.gif", video -> video
                        .subclip("0:04.6", "0:05.4")
                        .resize(0.3), GifExport.defaults()),
                // Seed: .subclip((1,13.4),(1,13.9)).resize(0.5).crop(x1=145,x2=400)
                new Scene("kris_sven.gif", video -> video
                        .subclip("0:05.9", "0:06.6")
                        .resize(0.5)
                        .crop(Crop.region().x1(190).x2(445)), GifExport.defaults()),
                // Seed: freeze the left half with a snapshot at t=0.2 laid over the moving clip.
                new Scene("anna_olaf.gif", DemoScenes::annaOlaf, GifExport.fps(15)),
                // Seed: freeze the region on one side of a line through two points, with a soft edge.
                new Scene("anna_kris.gif", DemoScenes::annaKris, GifExport.fps(15).withFuzz(3)),
                // Seed: .subclip(36.5,36.9).resize(0.5).crop(x1=189,x2=433).fx(time_symetrize)
                new Scene("sven.gif", video -> video
                        .subclip(4.0, 4.4)
                        .resize(0.5)
                        .crop(Crop.region().x1(190).x2(445))
                        .fx(Fx.timeSymmetrize()), GifExport.fps(15).withFuzz(2)),
                // Seed: olaf, two lines of white text (Amiri Bold, interline -25) over a boomeranged clip.
                new Scene("olaf.gif", DemoScenes::olaf, GifExport.fps(10).withFuzz(2)),
                // Seed: the start fades in over the end, so the flowing water loops seamlessly.
                new Scene("castle.gif", DemoScenes::castle, GifExport.fps(5).withFuzz(5)),
                // Seed: the first frame fades in over the last sixth, so the end comes back to the start.
                new Scene("carry.gif", DemoScenes::carry, GifExport.defaults().withFuzz(3)),
                // Seed: the background is the median of chosen frames; masks from each frame's difference to it.
                new Scene("pigs_polka.gif", DemoScenes::pigsPolka, GifExport.fps(10).withFuzz(10)));
    }

    /**
     * The bird on its branch (3.7-10 s of the sample, still camera) with its background removed, in black and white.
     * The bird stays near the middle until it flies away at 8.8 s, so the background is the median of frames after
     * that (9.2-10 s, as the seed chose its frames by hand); a title appears at 8.4 s, so specks under 400 pixels are
     * dropped to keep its letters out of the earlier frames. Mirrors examples/PigsPolka.java.
     */
    static Clip pigsPolka(Clip video) {
        Clip bird = video.subclip(3.7, 10).resize(0.5).crop(140, 10, 540, 320);
        double[] backgroundTimes = new double[24];
        for (int i = 0; i < backgroundTimes.length; i++) {
            backgroundTimes[i] = 5.5 + (i + 0.5) * 0.8 / backgroundTimes.length; // 9.2-10 s in the video
        }
        return BackgroundRemoval.of(bird)
                .withMethod(BackgroundMethod.SEED)          // the seed's recipe, with its hand-picked frames
                .withBackgroundTimes(backgroundTimes)
                .withMinObjectSize(400)
                .apply()
                .subclip(4.0, 5.7)                    // 7.7-9.4 s: wings up, the title, the take-off, gone
                .fx(Fx.blackAndWhite());
    }

    static Clip annaOlaf(Clip video) {
        Clip annaOlaf = video.subclip(5.4, 5.8).speed(0.5).resize(0.4);
        Clip snapshot = annaOlaf
                .crop(Crop.region().x2(annaOlaf.width() / 2)) // remove right half
                .toImageClip(0.2)                             // snapshot of the clip at t=0.2 s
                .withDuration(annaOlaf.duration());
        return CompositeClip.of(annaOlaf, snapshot);
    }

    static Clip annaKris(Clip video) {
        Clip annaKris = video.subclip(7.6, 7.95).resize(0.5);
        // The two points define the edge of the mask; 5 pixels of soft edge.
        Mask mask = Split.through(annaKris.size(), Point.of(445, 20), Point.of(345, 275), 5);
        Clip snapshot = annaKris.toImageClip().withDuration(annaKris.duration()).withMask(mask);
        return CompositeClip.of(annaKris, snapshot).speed(0.2);
    }

    static Clip olaf(Clip video) {
        Clip olaf = video.subclip(7.7, 8.2).resize(0.5).speed(0.5).fx(Fx.timeSymmetrize());
        Clip text = TextClip.of("In my nightmares\nI see rabbits.")
                .withFontSize(40).withColor(Colors.WHITE).withFont("Amiri-Bold").withInterline(-25)
                .withStroke(Colors.BLACK, 2)
                .toClip()
                .withPosition(20, 250)
                .withDuration(olaf.duration());
        return CompositeClip.of(olaf, text);
    }

    static Clip castle(Clip video) {
        Clip castle = video.subclip(1.0, 1.4).speed(0.2).resize(0.4);
        double d = castle.duration();
        castle = castle.crossfadeIn(d / 2);
        return CompositeClip.of(castle, castle.withStart(d / 2), castle.withStart(d)).subclip(d / 2, 3 * d / 2);
    }

    static Clip carry(Clip video) {
        Clip carry = video.subclip(3.8, 6.1).resize(0.3).crop(Crop.box(100, 0, 290, 200));
        double d = carry.duration();
        Clip snapshot = carry.toImageClip().withDuration(d / 6).crossfadeIn(d / 6).withStart(5 * d / 6);
        return CompositeClip.of(carry, snapshot);
    }
}
