package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontsCommandTest {
    @Test
    void listsTheBundledFontsFirstThenTheMachines() {
        CliRun run = CliRun.of("fonts");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out).startsWith("Bundled (the same on every machine):");
        assertThat(out).contains("  Noto Sans Bold  [NotoSans-Bold]  (default)").contains("  Amiri Bold  [Amiri-Bold]");
        assertThat(out.indexOf("Amiri Bold")).isLessThan(out.indexOf("This machine's ("));
    }

    @Test
    void aFilterKeepsMatchingNames() {
        CliRun run = CliRun.of("fonts", "AMIRI");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Amiri Bold").doesNotContain("Noto Sans Bold");
    }

    @Test
    void isAmongTheCommands() {
        assertThat(CliRun.of("--help").out()).contains("fonts");
        assertThat(CliRun.of("fonts", "--help").out()).contains("Usage:").contains("FILTER");
    }
}
