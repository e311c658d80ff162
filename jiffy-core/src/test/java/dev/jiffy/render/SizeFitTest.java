package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeFitTest {
    @TempDir
    Path dir;

    /** Grain that changes every frame over a gradient: bytes fall with quality, frame rate and size alike. */
    private static final Clip GRAINY = FunctionClip.of(new Size(96, 64), 1.0, t -> {
        int[] argb = new int[96 * 64];
        int frame = (int) Math.round(t * 12);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                int h = (x * 73856093) ^ (y * 19349663) ^ (frame * 83492791);
                int noise = ((h >>> 13) & 0x3F) - 32;
                int r = clamp(x * 255 / 95 + noise);
                int g = clamp(y * 255 / 63 + noise / 2);
                int b = clamp(128 + (frame * 10) % 100 - noise);
                argb[y * 96 + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return Frame.of(96, 64, argb);
    }).withFps(12);

    @Test
    void fitsUnderTheLimitWithTheBestQualityThatDoesAndReportsEveryTry() throws IOException {
        long plain = GRAINY.writeGif(dir.resolve("plain.gif")).bytes();
        Files.delete(dir.resolve("plain.gif"));
        long limit = plain * 6 / 10;
        List<FitTry> tries = new ArrayList<>();
        List<Integer> estimates = new ArrayList<>();
        Path out = dir.resolve("fit.gif");
        FitResult fit = SizeFit.under(limit).withListener(recording(tries, estimates)).write(GRAINY, out,
                GifExport.defaults());

        assertThat(Files.size(out)).isLessThanOrEqualTo(limit).isEqualTo(fit.result().bytes())
                .isEqualTo(fit.chosen().bytes().bytes());
        assertThat(fit.result().file()).isEqualTo(out);
        assertThat(fit.limit()).isEqualTo(ByteSize.of(limit));
        assertThat(tries).hasSize(fit.tries()).extracting(FitTry::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, fit.tries()).boxed().toList());
        assertThat(tries).contains(fit.chosen());
        assertThat(fit.chosen().fits()).isTrue();
        assertThat(tries.get(0).settings()).isEqualTo(new FitSettings(80, FrameRate.of(12), new Size(96, 64)));
        assertThat(tries.get(0).fits()).isFalse();
        // no try at the chosen geometry fitted at a higher quality, and quality 80 did not fit there
        assertThat(tries).filteredOn(t -> t.fits() && sameGeometry(t, fit.chosen()))
                .allMatch(t -> t.settings().quality() <= fit.chosen().settings().quality());
        assertThat(estimates.get(estimates.size() - 1)).isZero();
        assertThat(estimates).allMatch(n -> n >= 0 && n <= SizeSearch.MAX_TRIES);

        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.frames()).isNotEmpty();
        assertThat(gif.width()).isEqualTo(fit.chosen().settings().size().width());
        assertThat(gif.totalDelayCentiseconds()).isEqualTo(100);
        assertThat(independentFrameCount(out)).isEqualTo(gif.frames().size());
        assertOnly("fit.gif");
    }

    @Test
    void withRoomToSpareItTriesTheHighestQuality() throws IOException {
        List<FitTry> tries = new ArrayList<>();
        List<Integer> estimates = new ArrayList<>();
        FitResult fit = SizeFit.under(ByteSize.parse("10MB")).withListener(recording(tries, estimates))
                .write(GRAINY, dir.resolve("big.gif"), GifExport.defaults());
        assertThat(tries).extracting(t -> t.settings().quality()).containsExactly(80, 100);
        assertThat(estimates).containsExactly(1 + 4, 0);   // after 80 fits: 100, else a search between (4 at most)
        assertThat(fit.chosen().settings().quality()).isEqualTo(100);
        assertThat(fit.tries()).isEqualTo(2);
        assertOnly("big.gif");
    }

    @Test
    void aQualityAskedForIsTheMostItUses() {
        List<FitTry> tries = new ArrayList<>();
        FitResult fit = SizeFit.under(ByteSize.parse("10MB")).withQuality(70)
                .withListener(recording(tries, new ArrayList<>())).write(GRAINY, dir.resolve("q.gif"),
                        GifExport.defaults());
        assertThat(tries).extracting(t -> t.settings().quality()).containsExactly(70);
        assertThat(fit.chosen().settings().quality()).isEqualTo(70);
    }

    @Test
    void lowersFrameRateAndSizeWhenQualityIsNotEnough() throws IOException {
        long smallest = GRAINY.writeGif(dir.resolve("q30.gif"), GifExport.defaults().withQuality(30)).bytes();
        Files.delete(dir.resolve("q30.gif"));
        Path out = dir.resolve("small.gif");
        // Three quarters of the lowest quality's bytes: only fewer frames or fewer pixels get there, and the floors
        // (8 fps, 32 px) still leave room (half was too tight once lower qualities grew cheaper on grain).
        long limit = smallest * 3 / 4;
        FitResult fit = SizeFit.under(limit).write(GRAINY, out, GifExport.defaults());
        assertThat(Files.size(out)).isLessThanOrEqualTo(limit);
        FitSettings chosen = fit.chosen().settings();
        assertThat(chosen.fps().toDouble() < 12 || chosen.size().width() < 96).isTrue();
        assertThat(chosen.fps().toDouble()).isGreaterThanOrEqualTo(SizeSearch.FPS_FLOOR);
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.width()).isEqualTo(chosen.size().width());
        assertThat(gif.height()).isEqualTo(chosen.size().height());
        assertOnly("small.gif");
    }

    @Test
    void overridesHoldAtEveryQuality() throws IOException {
        Path out = dir.resolve("few.gif");
        List<FitTry> tries = new ArrayList<>();
        SizeFit.under(ByteSize.parse("10MB")).withOverrides(o -> o.withMaxColors(8))
                .withListener(recording(tries, new ArrayList<>())).write(GRAINY, out, GifExport.defaults());
        assertThat(tries).extracting(t -> t.settings().quality()).containsExactly(80, 100);
        // the first frame is drawn whole from one palette (later ones are composited over it)
        DecodedFrame first = GifDecoder.read(out).frames().get(0);
        assertThat(Arrays.stream(first.argb()).distinct().count()).isBetween(2L, 8L);
    }

    @Test
    void whenNothingFitsNothingIsWrittenAndNothingLeftBehind() throws IOException {
        Path out = dir.resolve("never.gif");
        assertThatThrownBy(() -> SizeFit.under(300).write(GRAINY, out, GifExport.defaults()))
                .isInstanceOfSatisfying(SizeFitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(ByteSize.of(300));
                    assertThat(e.smallest().fits()).isFalse();
                    assertThat(e.smallest().settings().fps()).isEqualTo(FrameRate.of(SizeSearch.FPS_FLOOR));
                })
                .hasMessageStartingWith("cannot fit under 300 B: the smallest try (quality 30, 8 fps, ");
        assertOnly();
        assertThat(ShutdownCleanup.registered()).isZero();
    }

    @Test
    void aFrameRateAboveWhatGifsShowIsCappedOnceWithOneWarning() {
        List<String> warnings = new ArrayList<>();
        List<FitTry> tries = new ArrayList<>();
        RenderListener listener = new RenderListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        FitResult fit = SizeFit.under(ByteSize.parse("10MB")).withListener(recording(tries, new ArrayList<>()))
                .write(GRAINY.withFps(60), dir.resolve("fast.gif"), GifExport.defaults().withListener(listener));
        assertThat(warnings).singleElement().asString().startsWith("60 fps is more than a GIF can show");
        assertThat(tries).allMatch(t -> t.settings().fps().equals(Sampling.MAX_FPS));
        assertThat(fit.result().sampledFrames()).isEqualTo(50);
    }

    @Test
    void qualitiesMustBeInOrder() {
        assertThatThrownBy(() -> new SizeFit(ByteSize.of(100), 90, 80, o -> o, FitListener.NONE))
                .hasMessageContaining("1 <= start <= highest <= 100");
        assertThatThrownBy(() -> SizeFit.under(0)).hasMessageContaining("at least 1 byte");
    }

    private static boolean sameGeometry(FitTry a, FitTry b) {
        return a.settings().fps().equals(b.settings().fps()) && a.settings().size().equals(b.settings().size());
    }

    private static FitListener recording(List<FitTry> tries, List<Integer> estimates) {
        return FitListener.onTry((attempt, moreTries) -> {
            tries.add(attempt);
            estimates.add(moreTries);
        });
    }

    private static int independentFrameCount(Path gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    private void assertOnly(String... names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
