package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jiffy.clip.Crop;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's parsers given any text: a value, or a {@link TypeConversionException} (which Jiffy prints as one
 * line, exit 2) quoting what was wrong; never another exception. Seeds: {@code ParsersFuzzTestInputs/<method>}.
 */
class ParsersFuzzTest {
    /** What the user sees: {@code jiffy: <message>}, one line whatever the text quoted in it. */
    private static void printsAsOneLine(String message) {
        assertThat(Jiffy.oneLine(message).lines().count()).as(message).isEqualTo(1);
        assertThat(Jiffy.oneLine(message)).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
    }

    @FuzzTest(maxDuration = "10s")
    void crops(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Crop crop = new Converters.Box().convert(text);
            assertThat(crop).isNotNull();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).contains(text)
                    .satisfies(ParsersFuzzTest::printsAsOneLine);
        } catch (IllegalArgumentException e) {
            // Crop.box's own check (x2 <= x1 and the like): says which values
            assertThat(e.getMessage()).isNotBlank()
                    .satisfies(ParsersFuzzTest::printsAsOneLine);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void sizes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(new Converters.PositiveInt().convert(text)).isPositive();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).contains(text.trim().isEmpty() ? "" : text.trim())
                    .satisfies(ParsersFuzzTest::printsAsOneLine);
        }
        try {
            double v = new Converters.Positive().convert(text);
            assertThat(v > 0 && Double.isFinite(v)).as("'%s' gave %s", text, v).isTrue();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage())
                    .satisfies(ParsersFuzzTest::printsAsOneLine);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void maxSizes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(new SizeTarget.Bytes().convert(text).bytes()).isPositive();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).startsWith("'" + text + "' is ")
                    .satisfies(ParsersFuzzTest::printsAsOneLine);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void times(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(Double.isFinite(new Converters.Time().convert(text))).isTrue();
        } catch (TypeConversionException e) {
            assertThat(e.getMessage()).startsWith("'" + text + "' is not a time")
                    .satisfies(ParsersFuzzTest::printsAsOneLine);
        }
    }
}
