package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code jiffy preview} where there is no display: one line that says so and points to {@code jiffy frame}, exit 1.
 * (The window itself is tested in jiffy-preview, on a virtual display.)
 */
class PreviewCommandTest {

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        String input = CliRun.SAMPLE.toString();
        Child run = jiffyWithoutDisplay("preview", input, "--from", "4", "--scale", "0.3");
        assertThat(run.code).as(run.err).isEqualTo(1);
        assertThat(run.err.lines()).as(run.err).containsExactly("jiffy: no display: the preview needs a graphical "
                + "session (DISPLAY is not set); export frames with jiffy frame " + input + " --at T -o frame.png");
        assertThat(run.out).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrorsWithOrWithoutADisplay() {
        CliRun colours = CliRun.of("preview", CliRun.SAMPLE.toString(), "--colors", "1");
        assertThat(colours.exitCode()).as(colours.err()).isEqualTo(2);
        assertThat(colours.err()).contains("1 is out of range 2..256").doesNotContain("\tat ");
        CliRun dither = CliRun.of("preview", CliRun.SAMPLE.toString(), "--dither", "SPARKLY");
        assertThat(dither.exitCode()).isEqualTo(2);
        assertThat(dither.err()).contains("--dither").contains("FLOYD_STEINBERG");
        CliRun fuzz = CliRun.of("preview", CliRun.SAMPLE.toString(), "--fuzz", "101");
        assertThat(fuzz.exitCode()).isEqualTo(2);
    }

    @Test
    void helpListsTheMakeOptions() {
        CliRun help = CliRun.of("preview", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--from", "--to", "--crop", "--scale", "--speed", "--fps", "--colors",
                "--dither", "--fuzz", "As GIF");
        // the "As GIF" view is encoded with make's default options, dithered by content at quality 80
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Default: AUTO, as make's at its default quality");
    }

    private record Child(int code, String out, String err) {
    }

    /** Runs the CLI in a JVM of its own with no DISPLAY, as on a server or in CI. */
    private static Child jiffyWithoutDisplay(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Jiffy.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
