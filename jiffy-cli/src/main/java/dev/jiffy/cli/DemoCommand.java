package dev.jiffy.cli;

import dev.jiffy.MediaException;
import dev.jiffy.OutputException;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.RenderResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jiffy demo [DIR]}: the seed article's examples, rendered from the bundled sample. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Render the article's examples from the bundled sample (Big Buck Bunny) into DIR.")
final class DemoCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "jiffy-demo",
            description = "Folder to write the GIFs into (created if missing). Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--sample", paramLabel = "VIDEO", description = "Use another video instead of the bundled sample.")
    Path sample;

    @Mixin
    Quiet quiet;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path video = sample != null ? sample : BundledSample.path();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException("cannot create the demo folder " + dir + ": " + e.getMessage(), e);
        }
        List<RenderResult> results = new ArrayList<>();
        try (VideoFileClip clip = VideoFileClip.open(video)) {
            for (DemoScenes.Scene scene : DemoScenes.all()) {
                RenderListener listener = new ProgressBar(err, ProgressBar.wanted(quiet.on()), scene.file());
                results.add(scene.build().apply(clip).writeGif(dir.resolve(scene.file()), scene.export().withListener(listener)));
            }
        }
        if (!quiet.on()) {
            out.println(table(results));
            out.println("Source: Big Buck Bunny, (c) Blender Foundation, www.bigbuckbunny.org, CC-BY 3.0.");
        }
        return Jiffy.OK;
    }

    static String table(List<RenderResult> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-20s %7s %9s %10s %8s%n", "file", "frames", "size", "bytes", "seconds"));
        for (RenderResult r : results) {
            b.append(String.format(Locale.ROOT, "%-20s %7d %9s %,10d %8.2f%n", r.file().getFileName(), r.gifFrames(),
                    r.size(), r.bytes(), r.seconds()));
        }
        return b.toString().stripTrailing();
    }
}
