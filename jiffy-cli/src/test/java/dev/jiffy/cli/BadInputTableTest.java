package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile tryout of issue 13 as a table: each bad input or fault runs the real {@code make} in-process and must
 * give the right exit code, exactly one line on stderr saying what was wrong (no stack trace), and leave the output
 * folder and the input exactly as they were.
 */
class BadInputTableTest {
    @TempDir
    Path dir;

    /** What a case runs on: an input folder with the files it made, an output folder, and their paths. */
    record Files2(Path in, Path out) {
    }

    /** Makes the case's files and returns the arguments after {@code make}. */
    interface Setup {
        List<String> args(Files2 f) throws IOException;
    }

    record Case(String name, Setup setup, int exitCode, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String SAMPLE = CliRun.SAMPLE.toString();

    static Stream<Case> cases() {
        return Stream.of(
                new Case("missing input", f -> List.of(f.in().resolve("nope.mp4").toString(), "-o", out(f)),
                        1, "no such file"),
                new Case("text file named .mp4", f -> List.of(write(f, "notes.mp4",
                        "this is not a video\n".repeat(100)), "-o", out(f)), 1, "not a video file"),
                new Case("empty file", f -> List.of(write(f, "empty.mkv", ""), "-o", out(f)), 1, "empty.mkv"),
                new Case("YUV4MPEG with impossible dimensions", f -> List.of(write(f, "bad.y4m",
                        "YUV4MPEG2 W0 H-5 F25:1 Ip A1:1 C420jpeg\nFRAME\n"), "-o", out(f)),
                        1, "damaged or truncated YUV4MPEG pipe file"),
                new Case("GIF claiming 30000x30000", f -> List.of(copy(f, "claims-30000x30000.gif"), "-o", out(f)),
                        1, "claims-30000x30000.gif is too large for the memory Java was given: GIF of 30000x30000 with"
                        + " 1 frame needs 3433.3 MB to hold"),
                new Case("GIF cut short after its header", f -> List.of(write(f, "cut.gif", "GIF89a"), "-o", out(f)),
                        1, "cut.gif is not a GIF Jiffy can read: truncated GIF at byte 6"),
                new Case("frame folder with a 30000x30000 PNG", f -> {
                    Path folder = java.nio.file.Files.createDirectory(f.in().resolve("frames"));
                    java.nio.file.Files.copy(resource("claims-30000x30000.png"), folder.resolve("f1.png"));
                    return List.of(folder.toString(), "--fps", "10", "-o", out(f));
                }, 1, "900 megapixels"),
                new Case("folder without pictures", f -> List.of(java.nio.file.Files.createDirectory(
                        f.in().resolve("clips")).toString(), "-o", out(f)), 1, "no PNG or JPEG files"),
                new Case("truncated video, excerpt past its end", f -> List.of(half(f), "--from", "8", "--to", "9",
                        "-o", out(f)), 1, "not at 10 s as its header says"),
                new Case("--to before --from", f -> List.of(SAMPLE, "--from", "5", "--to", "3", "-o", out(f)),
                        2, "--to 3 s must be after --from 5 s"),
                new Case("--duration 1e-9", f -> List.of(SAMPLE, "--duration", "1e-9", "-o", out(f)),
                        2, "--duration 0.000000001 s is shorter than a GIF can show"),
                new Case("crop outside the frame", f -> List.of(SAMPLE, "--crop", "100,0,1400,720", "-o", out(f)),
                        2, "outside the 1280x720 frame"),
                new Case("--scale 0", f -> List.of(SAMPLE, "--scale", "0", "-o", out(f)), 2, "above 0"),
                new Case("--loop -1", f -> List.of(SAMPLE, "--loop", "-1", "-o", out(f)), 2,
                        "Invalid value for option '--loop': must be 0-65536, got -1"),
                new Case("--loop 1.5", f -> List.of(SAMPLE, "--loop", "1.5", "-o", out(f)), 2,
                        "'1.5' is not a loop count (0 = forever, N = N plays): use a whole number 0-65536"),
                new Case("--dither in no known kind", f -> List.of(SAMPLE, "--dither", "sometimes", "-o", out(f)), 2,
                        "--dither"),
                new Case("bad time text", f -> List.of(SAMPLE, "--from", "soon", "-o", out(f)), 2, "'soon' is not a time"),
                new Case("GIF too large for the heap", f -> List.of(SAMPLE, "--to", "0.2", "--scale", "20", "-o",
                        out(f)), 1, "GIF needs about"),
                new Case("output in a missing folder", f -> List.of(SAMPLE, "--to", "0.2", "-o",
                        f.out().resolve("missing/out.gif").toString()), 1, "does not exist"),
                new Case("output is an existing text file", f -> List.of(SAMPLE, "--to", "0.2", "-o",
                        writeOut(f, "important.txt", "my notes")), 1, "refusing to overwrite"),
                new Case("output is an existing empty text file", f -> List.of(SAMPLE, "--to", "0.2", "-o",
                        writeOut(f, "important.txt", "")), 1, "refusing to overwrite"),
                new Case("output is /", f -> List.of(SAMPLE, "--to", "0.2", "-o", "/"), 1, "it is a folder"),
                new Case("output is empty", f -> List.of(SAMPLE, "--to", "0.2", "-o", ""), 2, "--output is empty"),
                new Case("output is the GIF input", f -> {
                    String gif = copy(f, "tiny.gif");
                    return List.of(gif, "-o", gif);
                }, 1, "tiny-jiffy.gif"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitCodeOneLineNoTraceAndNothingTouched(Case c) throws IOException {
        Files2 f = new Files2(java.nio.file.Files.createDirectory(dir.resolve("in")),
                java.nio.file.Files.createDirectory(dir.resolve("out")));
        List<String> args = new ArrayList<>(List.of("make"));
        args.addAll(c.setup().args(f));
        Map<String, String> inBefore = snapshot(f.in());
        Map<String, String> outBefore = snapshot(f.out());
        byte[] sampleBefore = java.nio.file.Files.readAllBytes(CliRun.SAMPLE);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(c.exitCode());
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("jiffy: ").contains(c.says());
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        assertThat(snapshot(f.out())).as("output folder").isEqualTo(outBefore);
        assertThat(snapshot(f.in())).as("inputs").isEqualTo(inBefore);
        assertThat(java.nio.file.Files.readAllBytes(CliRun.SAMPLE)).as("the sample").isEqualTo(sampleBefore);
    }

    private static String out(Files2 f) {
        return f.out().resolve("out.gif").toString();
    }

    private static String write(Files2 f, String name, String text) throws IOException {
        return java.nio.file.Files.writeString(f.in().resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private static String writeOut(Files2 f, String name, String text) throws IOException {
        return java.nio.file.Files.writeString(f.out().resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private static String copy(Files2 f, String resource) throws IOException {
        Path target = f.in().resolve(resource);
        java.nio.file.Files.copy(resource(resource), target);
        return target.toString();
    }

    private static InputStream resource(String name) {
        return BadInputTableTest.class.getResourceAsStream(name);
    }

    private static String half(Files2 f) throws IOException {
        byte[] whole = java.nio.file.Files.readAllBytes(CliRun.SAMPLE);
        return java.nio.file.Files.write(f.in().resolve("half.webm"), Arrays.copyOf(whole, whole.length / 2))
                .toString();
    }

    /** Every file under {@code root} (hidden ones too: a stray .part would show) with its size and content hash. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = java.nio.file.Files.walk(root)) {
            for (Path p : all.toList()) {
                String key = root.relativize(p).toString();
                files.put(key, java.nio.file.Files.isDirectory(p) ? "folder"
                        : java.nio.file.Files.size(p) + " bytes, " + Arrays.hashCode(java.nio.file.Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
