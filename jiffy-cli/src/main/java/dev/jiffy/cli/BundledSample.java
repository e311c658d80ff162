package dev.jiffy.cli;

import dev.jiffy.MediaException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample video that comes with Jiffy (10 s of Big Buck Bunny, (c) Blender Foundation, CC-BY 3.0), found from any
 * folder: the launchers ({@code ./jiffy}, the archive's {@code bin/jiffy}) say where Jiffy lives in the system
 * property {@code jiffy.home}. For the demo and for programs run with {@code jiffy run}.
 */
public final class BundledSample {
    private static final String RELATIVE = "samples/bunny.webm";

    private BundledSample() {
    }

    /**
     * The sample's path.
     *
     * @return {@code $jiffy.home/samples/bunny.webm}, or {@code samples/bunny.webm} in the current folder when Jiffy
     *         was started without a launcher
     * @throws MediaException if it is not there, saying how to run Jiffy so that it is
     */
    public static Path path() {
        String home = System.getProperty("jiffy.home");
        Path candidate = home != null ? Path.of(home, RELATIVE) : Path.of(RELATIVE);
        if (!Files.isRegularFile(candidate)) {
            throw new MediaException("the bundled sample " + candidate + " is missing: run Jiffy with its launcher "
                    + "(./jiffy in the repository, bin/jiffy in the archive) or give a video");
        }
        return candidate;
    }
}
