package dev.jiffy.cli;

import dev.jiffy.studio.Studio;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jiffy studio [VIDEO]}: the studio's page for the videos in a folder, until Ctrl-C. */
@Command(name = "studio", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make a GIF in your browser: trim on a timeline, crop, resize, caption, preview, export.",
            "Serves a page on this machine only (127.0.0.1, with a secret token in its address) for the videos in "
                    + "VIDEO's folder (else the current one); GIFs are written beside their video. Ctrl-C stops it."},
        footer = {"", "Example: jiffy studio samples/bunny.webm"})
final class StudioCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "VIDEO",
            description = "The video to open; the page can open the other videos in its folder.")
    Path video;

    @Option(names = "--no-browser", description = "Print the address only; do not open a browser.")
    boolean printOnly;

    @Mixin
    Console console;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = console.out();
        Path folder = Path.of("").toAbsolutePath();
        if (video != null) {
            if (!Files.isRegularFile(video)) {
                throw new IllegalArgumentException("there is no video " + video + ": give a video file, or none to "
                        + "choose one in the page");
            }
            folder = video.toAbsolutePath().getParent();
        }
        Studio studio = Studio.start(folder);
        Runtime.getRuntime().addShutdownHook(new Thread(studio::close, "jiffy-studio-stop"));
        studio.warmUp();
        URI address = video == null ? studio.address() : studio.address(video.getFileName().toString());
        out.println("Jiffy Studio for " + folder + " at " + address);
        out.println("Ctrl-C stops it.");
        out.flush();
        if (!printOnly) {
            browse(address, out);
        }
        new CountDownLatch(1).await();   // serve until the process is stopped
        return Jiffy.OK;
    }

    /** Opens the page in the default browser when there is one; the printed address is the way in otherwise. */
    private static void browse(URI address, PrintWriter out) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            out.println("(no desktop browser to open here: open the address above)");
            out.flush();
            return;
        }
        try {
            Desktop.getDesktop().browse(address);
        } catch (IOException | UnsupportedOperationException e) {
            out.println("(could not open a browser: " + e.getMessage() + "; open the address above)");
            out.flush();
        }
    }
}
