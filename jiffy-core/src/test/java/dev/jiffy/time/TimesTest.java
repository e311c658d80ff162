package dev.jiffy.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimesTest {
    @Test
    void parsesMoviePysForms() {
        assertThat(Times.parse("83.5")).isEqualTo(83.5);
        assertThat(Times.parse("1:22.65")).isCloseTo(82.65, within(1e-9));
        assertThat(Times.parse("01:01:22.65")).isCloseTo(3682.65, within(1e-9));
        assertThat(Times.parse("-2.5")).isEqualTo(-2.5);
        assertThat(Times.parse("1m22.65s")).isCloseTo(82.65, within(1e-9));
        assertThat(Times.parse("1h2m")).isEqualTo(3720.0);
        assertThat(Times.ms(1, 22.65)).isCloseTo(82.65, within(1e-9));
        assertThat(Times.hms(1, 51, 18.3)).isCloseTo(6678.3, within(1e-9));
    }

    @Test
    void rejectsNonsenseNamingTheForms() {
        // "- -1" was +1 s (Double.parseDouble trims the space), found by TimesFuzzTest; "0x1p3" and "1d" it also takes
        for (String bad : new String[] {"", "abc", "1:2:3:4", "1:75", "1::2", "NaN", "1.2.3", "- -1", "-\u0000-1",
                "1: 5", "0x1p3", "1d", "Infinity"}) {
            assertThatThrownBy(() -> Times.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a time").hasMessageContaining("1:22.65");
        }
    }

    @Test
    void formatsForMessages() {
        assertThat(Times.format(12.5)).isEqualTo("12.5 s");
        assertThat(Times.format(10)).isEqualTo("10 s");
        assertThat(Times.format(82.65)).isEqualTo("1:22.650");
        assertThat(Times.format(3682.65)).isEqualTo("1:01:22.650");
    }
}
