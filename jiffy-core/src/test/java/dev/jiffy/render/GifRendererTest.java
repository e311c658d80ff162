package dev.jiffy.render;

import dev.jiffy.OutputException;
import dev.jiffy.TruncatedMediaException;
import dev.jiffy.gif.PaletteMode;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.TestClips;
import dev.jiffy.clip.WrappingClip;
import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.image.Frame;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GifRendererTest {
    @TempDir
    Path dir;

    @Test
    void everySampledFrameIsWrittenWithDelaysSummingToTheDuration() throws IOException {
        Clip clip = TestClips.numbered(40, 30, 30, 90).withFps(15); // 3 s
        Path out = dir.resolve("numbered.gif");
        List<String> warnings = new ArrayList<>();
        RenderResult result = clip.writeGif(out, GifExport.defaults().withListener(collect(warnings)));
        assertThat(result.sampledFrames()).isEqualTo(45);
        assertThat(result.fps()).isEqualTo(FrameRate.of(15));
        assertThat(result.bytes()).isEqualTo(Files.size(out));
        assertThat(warnings).isEmpty();

        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.frames()).hasSize(45);
        assertThat(gif.loopCount()).isZero();
        assertThat(gif.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum()).isEqualTo(300);
        for (int i = 0; i < 45; i++) {
            int shown = gif.frames().get(i).argb()[0];
            assertThat(TestClips.indexOf(shown)).as("frame %d", i).isEqualTo(i * 2);
        }
        assertThat(ImageIO.getImageReadersBySuffix("gif").hasNext()).isTrue();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(40);
        assertNoLeftovers();
    }

    /** A 3 s, 10 fps numbered clip whose pictures run out at {@code endsAt} seconds, as a truncated video's do. */
    private static Clip cutShortAt(double endsAt) {
        Clip whole = TestClips.numbered(8, 6, 10, 30);
        return dev.jiffy.clip.FunctionClip.of(whole.size(), whole.duration(), t -> {
            if (t >= endsAt) {
                throw new TruncatedMediaException(Path.of("cut.webm"), endsAt, 3.0);
            }
            return whole.frame(t);
        }).withFps(10);
    }

    /**
     * The frames read ahead share a few buffers (as many as are read ahead): each must reach the GIF whole and in
     * order, never read into again before it was written, so any read-ahead gives the same bytes. The clip fills the
     * buffer it is given itself, as a video's decoder does, a row at a time with a pause between, so that a buffer read
     * into while it is still being written shows as a frame of two colours.
     */
    @Test
    void framesReadAheadIntoAFewBuffersAreWrittenWholeAndInOrderWhateverTheReadAhead() throws IOException {
        Clip clip = new FillsBuffers(TestClips.numbered(40, 30, 30, 90).withFps(15)); // 45 frames of 3 s
        byte[] first = null;
        for (int readAhead : new int[] {1, 2, 3, 45}) {
            Path out = dir.resolve("ahead-" + readAhead + ".gif");
            GifRenderer.render(clip, Sampling.of(GifExport.defaults().fps(), clip.fps(), clip.duration()), out,
                    GifExport.defaults().withListener(RenderListener.SILENT), readAhead);
            DecodedGif gif = GifDecoder.read(out);
            assertThat(gif.frames()).hasSize(45);
            for (int i = 0; i < 45; i++) {
                int colour = TestClips.colorOf(i * 2);
                assertThat(gif.frames().get(i).argb()).as("read-ahead %d, frame %d", readAhead, i)
                        .containsOnly(colour);
            }
            byte[] bytes = Files.readAllBytes(out);
            if (first == null) {
                first = bytes;
            }
            assertThat(bytes).as("read-ahead %d", readAhead).isEqualTo(first);
        }
    }

    /** {@code inner}, its frames written into the buffer given rather than made and copied. */
    private record FillsBuffers(Clip inner) implements WrappingClip {
        @Override
        public Frame frame(double t) {
            return inner.frame(t);
        }

        @Override
        public void copyFrame(double t, int[] dest) {
            int colour = inner.frame(t).pixel(0, 0);
            int width = size().width();
            for (int y = 0; y < size().height(); y++) {
                java.util.Arrays.fill(dest, y * width, (y + 1) * width, colour);
                Thread.yield();
            }
        }
    }

    @Test
    void aClipWhosePicturesRunOutEarlyIsWrittenAsFarAsTheyGoWithOneWarning() throws IOException {
        for (PaletteMode palette : PaletteMode.values()) {
            Path out = dir.resolve("cut-" + palette + ".gif");
            List<String> warnings = new ArrayList<>();
            RenderResult result = cutShortAt(1.2).writeGif(out,
                    GifExport.defaults().withPalette(palette).withListener(collect(warnings)));
            assertThat(warnings).containsExactly("cut.webm ends at 1.2 s, not at 3 s as its header says (the file is"
                    + " cut short): the GIF has the 1.2 s there are");
            assertThat(result.sampledFrames()).isEqualTo(12);
            assertThat(result.duration()).isEqualTo(1.2);
            DecodedGif gif = GifDecoder.read(out);
            assertThat(gif.totalDelayCentiseconds()).as("%s", palette).isEqualTo(120);
            assertThat(gif.frames()).hasSize(12);
            assertThat(TestClips.indexOf(gif.frames().get(11).argb()[0])).isEqualTo(11);
        }
        assertNoLeftovers();
    }

    @Test
    void aClipWithNoPicturesAtAllFailsAndWritesNothing() throws IOException {
        Path out = dir.resolve("none.gif");
        assertThatThrownBy(() -> cutShortAt(0).writeGif(out, GifExport.defaults().withListener(RenderListener.SILENT)))
                .isInstanceOf(TruncatedMediaException.class).hasMessageContaining("ends at 0 s, not at 3 s");
        assertThat(out).doesNotExist();
        assertNoLeftovers();
    }

    @Test
    void aStillClipBecomesOneFrameShownForTheWholeDuration() throws IOException {
        Clip still = TestClips.picture(32, 32, 2.5);
        Path out = dir.resolve("still.gif");
        RenderResult result = still.writeGif(out, GifExport.fps(10));
        assertThat(result.sampledFrames()).isEqualTo(25);
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.frames()).hasSize(1);
        assertThat(gif.frames().get(0).delayCentiseconds()).isEqualTo(250);
    }

    @Test
    void aFrameRateAboveWhatGifsShowIsCappedWithAWarning() throws IOException {
        List<String> warnings = new ArrayList<>();
        RenderResult result = TestClips.numbered(8, 8, 60, 60).writeGif(dir.resolve("fast.gif"),
                GifExport.defaults().withListener(collect(warnings)));
        assertThat(result.fps()).isEqualTo(FrameRate.of(50));
        assertThat(warnings).singleElement().asString().contains("60 fps is more than a GIF can show");
        DecodedGif gif = GifDecoder.read(result.file());
        assertThat(gif.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum()).isEqualTo(100);
        assertThat(gif.frames()).allSatisfy(f -> assertThat(f.delayCentiseconds()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void stillsNeedAFrameRate() {
        assertThatThrownBy(() -> TestClips.picture(8, 8, 1).writeGif(dir.resolve("x.gif")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no frame rate");
    }

    @Test
    void loopCountAndFuzzReachTheEncoder() throws IOException {
        Path out = dir.resolve("once.gif");
        TestClips.numbered(8, 8, 10, 5).writeGif(out, GifExport.defaults().withLoop(1).withFuzz(3));
        assertThat(GifDecoder.read(out).loopCount()).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsReportedBeforeAnyWork() {
        Path out = dir.resolve("no/such/folder/x.gif");
        assertThatThrownBy(() -> TestClips.numbered(8, 8, 10, 5).writeGif(out))
                .isInstanceOf(OutputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aFailingClipLeavesNoFileBehind() throws IOException {
        Clip broken = new BrokenAfter(TestClips.numbered(16, 16, 10, 20), 1.0);
        Path out = dir.resolve("broken.gif");
        Files.write(out, "GIF89a-previous-version".getBytes());
        assertThatThrownBy(() -> broken.writeGif(out)).hasMessageContaining("decoder gave up at 1");
        assertThat(Files.readString(out)).isEqualTo("GIF89a-previous-version");
        assertNoLeftovers();
    }

    @Test
    void neverOverwritesAFileThatIsNotAGif() throws IOException {
        // No extension, so the name passes (GifFileName refuses x.mp4 before this): the file's first bytes decide.
        Path video = dir.resolve("input");
        Files.write(video, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'});
        assertThatThrownBy(() -> TestClips.numbered(8, 8, 10, 5).writeGif(video))
                .isInstanceOf(OutputException.class).hasMessageContaining("refusing to overwrite");
        assertThat(Files.size(video)).isEqualTo(8);
    }

    @Test
    void saveFrameWritesAnImageThatReadsBack() throws IOException {
        Clip clip = TestClips.numbered(20, 10, 10, 10);
        Path png = dir.resolve("f.png");
        clip.saveFrame(0.35, png);
        Frame back = Frame.fromImage(ImageIO.read(png.toFile()));
        assertThat(back).isEqualTo(clip.frame(0.3));
        assertThatThrownBy(() -> clip.saveFrame(0.1, dir.resolve("f.tiff"))).hasMessageContaining(".png");
        assertThatThrownBy(() -> clip.saveFrame(5, dir.resolve("g.png"))).hasMessageContaining("outside the clip");
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static RenderListener collect(List<String> warnings) {
        return new RenderListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
    }

    /** A clip whose frames fail from a given time on, as a corrupt video would. */
    private record BrokenAfter(Clip inner, double failAt) implements WrappingClip {
        @Override
        public Frame frame(double t) {
            if (t >= failAt) {
                throw new dev.jiffy.MediaException("decoder gave up at " + t);
            }
            return inner.frame(t);
        }
    }
}
