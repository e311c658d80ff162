package dev.jiffy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    /** The bundled sample: 10 s of Big Buck Bunny, 1280x720, 24 fps, VP8. */
    static final Path SAMPLE = Path.of("..", "samples", "bunny.webm");

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Jiffy.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
