package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.ByteSize;
import dev.jiffy.render.FitSettings;
import dev.jiffy.render.FitTry;
import dev.jiffy.time.FrameRate;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FitProgressTest {
    private static final FitSettings Q55 = new FitSettings(55, FrameRate.of(15), new Size(480, 270));

    @Test
    void eachTryShowsItsSizeAndAnEstimateOfTheRest() {
        StringWriter text = new StringWriter();
        FitProgress progress = new FitProgress(new PrintWriter(text), true, RenderListener.DEFAULT);
        progress.starting(1, Q55);
        progress.tried(new FitTry(1, Q55, ByteSize.of(1_120_000), false), 3);
        progress.starting(2, new FitSettings(40, Q55.fps(), Q55.size()));
        progress.tried(new FitTry(2, new FitSettings(40, Q55.fps(), Q55.size()), ByteSize.of(954_394), true), 0);
        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("try 1: quality 55, 15 fps, 480x270: 1\\.12 MB, too big; about 3 more tries, "
                + "\\d+ s left");
        assertThat(lines[1]).isEqualTo("try 2: quality 40, 15 fps, 480x270: 954.4 KB, fits; done");
    }

    @Test
    void showsNothingWhenNotWanted() {
        StringWriter text = new StringWriter();
        FitProgress progress = new FitProgress(new PrintWriter(text), false, RenderListener.DEFAULT);
        progress.starting(1, Q55);
        progress.progress(10, 10);
        progress.tried(new FitTry(1, Q55, ByteSize.of(1_120_000), false), 3);
        assertThat(text.toString()).isEmpty();
    }
}
