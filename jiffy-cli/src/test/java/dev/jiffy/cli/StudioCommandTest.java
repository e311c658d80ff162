package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code jiffy studio}: what it refuses before it starts serving (serving itself is tested through Studio). */
class StudioCommandTest {
    @Test
    void aMissingVideoIsOneLine() {
        CliRun run = CliRun.of("studio", "no-such-video.webm", "--no-browser");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("jiffy: there is no video no-such-video.webm: give a video file, or none to "
                + "choose one in the page" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpSaysWhatItServesAndWhere() {
        CliRun run = CliRun.of("studio", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("127.0.0.1", "token", "[VIDEO]", "--no-browser");
    }
}
