package dev.jiffy.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as a time is a finite number of seconds or an {@link IllegalArgumentException} that quotes it and
 * shows the accepted forms: never another exception. Seeds: {@code TimesFuzzTestInputs/anyText}.
 */
class TimesFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        double t;
        try {
            t = Times.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("'" + text + "' is not a time: ");
            return;
        }
        assertThat(Double.isFinite(t)).as("'%s' gave %s", text, t).isTrue();
        assertThat(t < 0).as("'%s' gave %s", text, t).isEqualTo(text.trim().startsWith("-") && t != 0);
    }
}
