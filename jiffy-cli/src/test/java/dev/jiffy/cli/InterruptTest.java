package dev.jiffy.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C and SIGTERM in the middle of a real {@code jiffy make} (a child JVM) leave the output folder exactly as it
 * was: no hidden {@code .out.gif.*.part}, no {@code .jiffy-fit-*} folder of trial GIFs, no {@code jiffy-stdout-*} folder
 * of a GIF on its way to standard output, the previous output untouched.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptTest {
    /** How long the child may take to start writing: a JVM start, FFmpeg's natives loading, the first frames. */
    private static final long START_SECONDS = 120;
    /** SIGINT's number on Linux and macOS: bit SIGINT - 1 of /proc's signal masks. */
    private static final int SIGINT = 2;
    /** How long the child may take to stop once signalled: the shutdown hook deletes a few files. */
    private static final long STOP_SECONDS = 60;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIG{0} {1}")
    @CsvSource({"INT, plain", "TERM, plain", "INT, --max-size", "TERM, --max-size", "INT, -o -", "TERM, -o -"})
    void anInterruptedMakeLeavesTheFolderAsItWas(String signal, String mode) throws Exception {
        Path out = dir.resolve("out.gif");
        // a previous output, which must survive
        FunctionClip.of(new Size(16, 16), 0.5, t -> Frame.filled(16, 16, 0xFF336699)).withFps(10).writeGif(out);
        Map<String, String> before = snapshot();

        // -o - writes into a folder of its own in the temporary directory, here the watched folder
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                Jiffy.class.getName(), "make", CliRun.SAMPLE.toAbsolutePath().toString(), "--fps", "24", "-o",
                mode.equals("-o -") ? "-" : out.toString()));
        if (mode.equals("--max-size")) {
            command.addAll(List.of("--width", "640", "--max-size", "20KB"));
        }
        Path log = Files.createTempFile("jiffy-interrupt-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command);
        if (mode.equals("-o -")) {
            // standard output carries the GIF; the log keeps the messages
            builder.redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        Process child = builder.start();
        try {
            awaitWriting(child, log);
            if (signal.equals("INT")) {
                Assumptions.assumeFalse(ignoresInterrupt(child.pid()), "skipped: jiffy make ignores SIGINT here, as it"
                        + " inherited that from this JVM (Maven started in the background, e.g. 'nohup mvn ... &', runs"
                        + " with SIGINT ignored), so no Ctrl-C can reach it; run Maven in the foreground to test it");
            }
            signal(child, signal);
            assertThat(child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)).as("stopped after SIG%s", signal).isTrue();
            assertThat(child.exitValue()).as(Files.readString(log)).isEqualTo(signal.equals("INT") ? 130 : 143);
            assertThat(snapshot()).isEqualTo(before);
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** Waits, on file-system events, until a temporary {@code .part} file in the folder (or a trial folder) has data. */
    private void awaitWriting(Process child, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        try (WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, ENTRY_CREATE, ENTRY_MODIFY);
            List<Path> watched = new ArrayList<>(List.of(dir));
            while (!partWithData()) {
                if (!child.isAlive()) {
                    fail("jiffy make ended before writing (exit " + child.exitValue() + "): " + Files.readString(log));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("no .part file with data appeared within " + START_SECONDS + " s: " + Files.readString(log));
                }
                // bounded by a second, so a child that died is noticed without waiting for the whole timeout
                WatchKey key = watch.poll(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
                if (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name) {
                            Path p = ((Path) key.watchable()).resolve(name);
                            if (Files.isDirectory(p) && !watched.contains(p)) {
                                p.register(watch, ENTRY_CREATE, ENTRY_MODIFY);
                                watched.add(p);
                            }
                        }
                    }
                    key.reset();
                }
            }
        }
    }

    private boolean partWithData() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.anyMatch(p -> p.getFileName().toString().endsWith(".part") && sizeOf(p) > 0);
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;   // gone between listing and asking: not the one being written
        }
    }

    /**
     * Whether process {@code pid} ignores SIGINT, by Linux's {@code /proc/PID/status} (elsewhere: false, so the test
     * runs). A shell starts a background job with SIGINT ignored, the JVM keeps it so, and so do its children.
     */
    static boolean ignoresInterrupt(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long ignored = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
                return (ignored & 1L << (SIGINT - 1)) != 0;
            }
        }
        return false;
    }

    private static void signal(Process child, String signal) throws IOException, InterruptedException {
        if (signal.equals("TERM")) {
            child.destroy();   // SIGTERM on POSIX systems
            return;
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }

    /** Every path in the folder, hidden ones too, with a digest of each file's bytes. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(p -> !p.equals(dir)).toList()) {
                result.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "folder" : digest(p));
            }
        }
        return result;
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
