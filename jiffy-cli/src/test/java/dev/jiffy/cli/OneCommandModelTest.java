package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A run builds picocli's model only of the subcommand it names first (start-up time); what the user sees must be what
 * the whole command line, with every subcommand, would have shown.
 */
class OneCommandModelTest {
    /** In the order {@code jiffy --help} has always listed them. */
    private static final List<String> SUBCOMMANDS = List.of("make", "batch", "probe", "demo", "fonts", "preview",
            "studio", "frame", "run", "help", "generate-completion");

    @TempDir
    Path dir;

    @Test
    void helpStillListsEverySubcommandInOrder() {
        for (String[] args : new String[][] {{"--help"}, {"help"}, {}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            List<Integer> positions = new ArrayList<>();
            for (String name : SUBCOMMANDS) {
                int at = run.out().indexOf("\n  " + name + " ");
                assertThat(at).as(name + " in " + String.join(" ", args)).isPositive();
                positions.add(at);
            }
            assertThat(positions).isSorted();
        }
        assertThat(CliRun.of("generate-completion").out()).contains("make").contains("studio").contains("frame");
    }

    @Test
    void aCommandBuiltAloneIsTheCommandBuiltWithTheOthers() {
        CommandLine all = Jiffy.commandLine(quiet(), quiet());
        assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(SUBCOMMANDS);
        for (String name : List.of("make", "batch", "probe", "demo", "fonts", "preview", "studio", "frame", "run")) {
            CommandLine root = Jiffy.commandLine(quiet(), quiet(), name, "--some-option");
            assertThat(root.getSubcommands().keySet()).as(name).containsExactly(name);
            CommandLine alone = root.getSubcommands().get(name);
            CommandLine among = all.getSubcommands().get(name);
            assertThat(alone.getUsageMessage()).as(name).isEqualTo(among.getUsageMessage());
            assertThat(optionNames(alone)).as(name).contains("--debug").isEqualTo(optionNames(among));
            assertThat(alone.isCaseInsensitiveEnumValuesAllowed()).as(name).isTrue();
            assertThat(alone.isStopAtPositional()).as(name).isEqualTo(among.isStopAtPositional());
            assertThat(alone.getCommandSpec().versionProvider()).as(name).isInstanceOf(Jiffy.Version.class);
        }
        assertThat(Jiffy.commandLine(quiet(), quiet(), "run").getSubcommands().get("run").isStopAtPositional())
                .isTrue();
    }

    @Test
    void makesAnswersAreTheSameAsWithEveryCommand() {
        String sample = CliRun.SAMPLE.toString();
        String gif = dir.resolve("x.gif").toString();
        String[][] lines = {
            {"make"},
            {"make", sample},
            {"make", sample, "-o"},
            {"make", sample, "--widht", "320", "-o", gif},
            {"make", sample, "--dither", "sometimes", "-o", gif},
            {"make", sample, "--from", "3", "--to", "2", "-o", gif},
            {"make", sample, "-o", dir.resolve("x.png").toString()},
            {"make", dir.resolve("missing.mp4").toString(), "-o", gif},
            {"make", sample, "-o", gif, "make"},
            {"make", "--help"},
            {"make", "--version"},
            {"probe", dir.resolve("missing.mp4").toString()},
            {"frame", "--help"},
            {"maek"},
        };
        for (String[] args : lines) {
            CliRun alone = CliRun.of(args);
            CliRun withAll = withEveryCommand(args);
            assertThat(alone).as(String.join(" ", args)).isEqualTo(withAll);
        }
    }

    /** {@code args} run by the command line with every subcommand, as {@link Jiffy#run} sets it up. */
    private static CliRun withEveryCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Jiffy.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static List<String> optionNames(CommandLine command) {
        return command.getCommandSpec().options().stream().map(OptionSpec::longestName).sorted().toList();
    }

    private static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }
}
