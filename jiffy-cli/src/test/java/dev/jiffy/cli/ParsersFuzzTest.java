package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jiffy.clip.Crop;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's parsers given any text: a value, or a {@link TypeConversionException} (which picocli prints as
 * one line, exit 2) quoting what was wrong; never another exception. Seeds: {@code ParsersFuzzTestInputs/<method>}.
 */
class ParsersFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void crops(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Crop crop = new Converters.Box().convert(text);
            assertThat(crop).isNotNull();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).contains(text).doesNotContain("\n");
        } catch (IllegalArgumentException e) {
            // Crop.box's own check (x2 <= x1 and the like): says which values
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @FuzzTest(maxDuration = "15s")
    void sizes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(new Converters.PositiveInt().convert(text)).isPositive();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).contains(text.trim().isEmpty() ? "" : text.trim()).doesNotContain("\n");
        }
        try {
            double v = new Converters.Positive().convert(text);
            assertThat(v > 0 && Double.isFinite(v)).as("'%s' gave %s", text, v).isTrue();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @FuzzTest(maxDuration = "15s")
    void maxSizes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(new SizeTarget.Bytes().convert(text)).isPositive();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).startsWith("'" + text + "' is ").doesNotContain("\n");
        }
    }

    @FuzzTest(maxDuration = "15s")
    void times(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(Double.isFinite(new Converters.Time().convert(text))).isTrue();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).startsWith("'" + text + "' is not a time").doesNotContain("\n");
        }
    }
}
