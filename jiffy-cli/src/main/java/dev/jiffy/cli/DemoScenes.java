package dev.jiffy.cli;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.render.GifExport;
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
                        .crop(Crop.region().x1(190).x2(445)), GifExport.defaults()));
    }
}
