package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jiffy.background.BackgroundMethod;
import dev.jiffy.batch.Job;
import dev.jiffy.gif.Dither;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What users of gifski and ffmpeg expect of a command line: versions, suggestions, completion, honest names. */
class CommandLineComfortsTest {
    @TempDir
    Path dir;

    @Test
    void everySubcommandPrintsTheArtifactsVersion() {
        String expected = "jiffy " + System.getProperty("jiffy.expected.version");
        assertThat(expected).doesNotEndWith("null");
        for (String[] args : new String[][] {{"--version"}, {"make", "--version"}, {"probe", "--version"},
                {"demo", "--version"}, {"fonts", "--version"}, {"preview", "--version"}, {"frame", "--version"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out().strip()).as(String.join(" ", args)).isEqualTo(expected);
        }
    }

    @Test
    void aMistypedOptionIsAnsweredWithTheClosestOne() {
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--widht", "320", "-o", dir.resolve("x.gif").toString());
        assertThat(run.exitCode()).isEqualTo(Jiffy.USAGE);
        assertThat(run.err()).contains("Unknown option").contains("'--widht'").contains("did you mean --width?");
        assertThat(CliRun.of("maek").err()).contains("did you mean make?");
    }

    @Test
    void enumValuesAreReadInAnyCaseWhereverOptionsAreParsed() {
        StringWriter ignored = new StringWriter();
        CommandLine cli = Jiffy.commandLine(new PrintWriter(ignored), new PrintWriter(ignored));
        MakeCommand make = (MakeCommand) cli.parseArgs("make", "in.mp4", "--dither", "ordered", "--bg-method", "Seed",
                "-o", "out.gif").subcommand().commandSpec().userObject();
        assertThat(make.encodingOptions.dither).isEqualTo(Dither.ORDERED);
        assertThat(make.backgroundOptions.method).isEqualTo(BackgroundMethod.SEED);
        PreviewCommand preview = (PreviewCommand) Jiffy.commandLine(new PrintWriter(ignored), new PrintWriter(ignored))
                .parseArgs("preview", "in.mp4", "--dither", "floyd_steinberg").subcommand().commandSpec().userObject();
        assertThat(preview.dither).isEqualTo(Dither.FLOYD_STEINBERG);
        // a batch row is make's command line too
        Job row = new Job(2, CliRun.SAMPLE.toAbsolutePath().toString(), "a.gif", Map.of("dither", "none"));
        assertThatCode(() -> new MakeRows(dir).check(row)).doesNotThrowAnyException();
        // and an unknown value is still refused, listing the known ones
        CliRun bad = CliRun.of("make", CliRun.SAMPLE.toString(), "--dither", "sometimes", "-o",
                dir.resolve("x.gif").toString());
        assertThat(bad.exitCode()).isEqualTo(Jiffy.USAGE);
        assertThat(bad.err()).contains("--dither").contains("NONE, ORDERED, FLOYD_STEINBERG");
    }

    @Test
    void anOutputNamedForAnotherFormatIsRefusedBeforeAnythingIsDecoded() {
        for (String name : List.of("out.png", "out.webp", "out.mp4")) {
            CliRun run = CliRun.of("make", dir.resolve("no-such-video.mp4").toString(), "-o", dir.resolve(name).toString());
            assertThat(run.exitCode()).as(name).isEqualTo(Jiffy.USAGE);
            assertThat(run.err()).as(name).contains("Jiffy writes a GIF: name it out.gif").doesNotContain("no-such-video");
        }
    }

    @Test
    void bashCompletesOptionsFromTheGeneratedScript() throws IOException, InterruptedException {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F");
        Path bash = Path.of("/bin/bash");
        Assumptions.assumeTrue(Files.isExecutable(bash), "bash is not installed: the completion script is not run");
        Path script = Files.writeString(dir.resolve("jiffy-completion.bash"), run.out());
        String complete = "source " + script + "; COMP_WORDS=(jiffy make --wid); COMP_CWORD=2;"
                + " COMP_LINE='jiffy make --wid'; COMP_POINT=${#COMP_LINE}; _complete_jiffy 2>/dev/null; echo \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder(bash.toString(), "-c", complete).redirectErrorStream(true).start();
        String answer = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(answer).isEqualTo("--width");
    }
}
