package dev.jiffy.cli;

import dev.jiffy.OutputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -o -}: the GIF is written to a private temporary folder as usual (the encoder and the size search want a
 * file), then copied to standard output, so a pipe gets a complete GIF or, on failure, nothing.
 */
final class StdoutGif implements AutoCloseable {
    /** The output name that means standard output, as in ffmpeg and gifski. */
    static final String NAME = "-";

    private final Path dir;

    private StdoutGif(Path dir) {
        this.dir = dir;
    }

    static boolean isStdout(Path output) {
        return output.toString().equals(NAME);
    }

    static StdoutGif create() {
        try {
            return new StdoutGif(Files.createTempDirectory("jiffy-stdout-"));
        } catch (IOException e) {
            throw new OutputException("cannot make a temporary folder for the GIF sent to standard output: "
                    + e.getMessage(), e);
        }
    }

    /** Where to write the GIF before it is sent. */
    Path file() {
        return dir.resolve("stdout.gif");
    }

    void sendTo(OutputStream stdout) {
        try {
            Files.copy(file(), stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new OutputException("cannot write the GIF to standard output: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + dir, e);
        }
    }
}
