package dev.jiffy.cli;

import dev.jiffy.OutputException;
import dev.jiffy.render.TemporaryFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -o -}: the GIF is written to a private temporary folder as usual (the encoder and the size search want a
 * file), then copied to standard output, so a pipe gets a complete GIF or, on failure, nothing. The folder goes when
 * the command ends, or when Java shuts down if it is interrupted.
 */
final class StdoutGif implements AutoCloseable {
    /** The output name that means standard output, as in ffmpeg and gifski. */
    static final String NAME = "-";

    private final TemporaryFolder dir;

    private StdoutGif(TemporaryFolder dir) {
        this.dir = dir;
    }

    static boolean isStdout(Path output) {
        return output.toString().equals(NAME);
    }

    static StdoutGif create() {
        return new StdoutGif(TemporaryFolder.create("jiffy-stdout-"));
    }

    /** Where to write the GIF before it is sent. */
    Path file() {
        return dir.path().resolve("stdout.gif");
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
        dir.close();
    }
}
