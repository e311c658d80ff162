package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void sizesAreDecimalUnlessBinaryIsAskedFor() {
        assertThat(ByteSize.parse("8MB").bytes()).isEqualTo(8_000_000);
        assertThat(ByteSize.parse("8 mb").bytes()).isEqualTo(8_000_000);
        assertThat(ByteSize.parse("8MiB").bytes()).isEqualTo(8 * 1024 * 1024);
        assertThat(ByteSize.parse("500KB").bytes()).isEqualTo(500_000);
        assertThat(ByteSize.parse("500k").bytes()).isEqualTo(500_000);
        assertThat(ByteSize.parse("2KiB").bytes()).isEqualTo(2048);
        assertThat(ByteSize.parse("1.5MB").bytes()).isEqualTo(1_500_000);
        assertThat(ByteSize.parse("1GB").bytes()).isEqualTo(1_000_000_000);
        assertThat(ByteSize.parse(" 1234 ").bytes()).isEqualTo(1234);
        assertThat(ByteSize.parse("1234B").bytes()).isEqualTo(1234);
    }

    @Test
    void whatIsNotASizeSaysWhatWouldBe() {
        assertThatThrownBy(() -> ByteSize.parse("big")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'big' is not a size: use e.g. 8MB, 500KB or 8MiB");
        assertThatThrownBy(() -> ByteSize.parse("-5MB")).hasMessageContaining("is not a size");
        assertThatThrownBy(() -> ByteSize.parse("8TB")).hasMessageContaining("is not a size");
        assertThatThrownBy(() -> ByteSize.parse("0.1B")).hasMessageContaining("too small");
        assertThatThrownBy(() -> ByteSize.parse("99999999999999999999GB")).hasMessageContaining("too large");
    }

    @Test
    void printsDecimalUnitsAsLimitsAreWritten() {
        assertThat(ByteSize.of(950)).hasToString("950 B");
        assertThat(ByteSize.of(954_394)).hasToString("954.4 KB");
        assertThat(ByteSize.of(10_000_000)).hasToString("10.00 MB");
        assertThat(ByteSize.of(954_394).exact()).isEqualTo("954,394 bytes");
        assertThat(ByteSize.parse("256KB")).isEqualTo(ByteSize.of(256_000)).isLessThan(ByteSize.parse("1MB"));
    }
}
