package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private long now;

    /** What a terminal shows of the current line after the text: each carriage return goes back to its start. */
    private static String screenLine(String printed) {
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (char c : printed.toCharArray()) {
            if (c == '\r') {
                cursor = 0;
            } else if (c == '\n') {
                return line.toString();
            } else {
                if (cursor < line.length()) {
                    line.setCharAt(cursor, c);
                } else {
                    line.append(c);
                }
                cursor++;
            }
        }
        return line.toString();
    }

    @Test
    void theFinishedBarLeavesNothingOfTheLongerLineBeforeIt() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, "out.gif", "frames", () -> now);
        now = 1_000_000_000L;   // 1 s in, past the delay before showing
        bar.progress(1, 120);   // "... 1/120 frames, 119 s left"
        now = 1_500_000_000L;
        bar.progress(120, 120);

        assertThat(err.toString()).contains("119 s left").endsWith("\n");
        assertThat(screenLine(err.toString()).stripTrailing())
                .isEqualTo("out.gif [##############################] 120/120 frames, done");
    }

    @Test
    void nothingIsDrawnForWorkThatEndsQuickly() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, "out.gif", "frames", () -> now);
        now = 100_000_000L;
        bar.progress(10, 10);
        assertThat(err.toString()).isEmpty();
    }
}
