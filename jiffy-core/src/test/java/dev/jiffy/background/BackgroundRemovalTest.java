package dev.jiffy.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundRemovalTest {
    @TempDir
    Path dir;

    @Test
    void theMaskOfAMovingShapeOverAStillPhotoMatchesTheTruth() {
        List<String> warnings = new ArrayList<>();
        Cutout cut = BackgroundRemoval.of(SyntheticScene.still()).withListener(collect(warnings)).cut();
        assertThat(warnings).isEmpty();
        assertThat(cut.camera().seemsToMove()).isFalse();
        assertThat(cut.camera().medianChangedFraction()).isLessThan(0.1);

        // the median of 40 frames is the background give or take the noise
        Frame truth = SyntheticScene.background();
        FloatRgb bg = cut.background();
        for (int y = 0; y < truth.height(); y += 3) {
            for (int x = 0; x < truth.width(); x += 3) {
                assertThat(Math.abs(bg.red(x, y) - ((truth.pixel(x, y) >> 16) & 0xFF))).isLessThanOrEqualTo(6);
            }
        }
        for (double t : new double[] {0.05, 0.3, 0.9, 1.25, 1.6, 1.95}) {
            Mask mask = cut.mask().mask(t);
            double iou = BinaryMask.atLeast(mask, 0.5f).intersectionOverUnion(SyntheticScene.truth(t));
            assertThat(iou).as("IoU at t=%s", t).isGreaterThanOrEqualTo(0.95);
            Frame f = cut.clip().frame(t);
            assertThat(Mask.fromAlpha(f).value(SyntheticScene.WIDTH - 1, 0)).isZero();
        }
    }

    @Test
    void aPanningCameraIsReported() {
        List<String> warnings = new ArrayList<>();
        Cutout cut = BackgroundRemoval.of(SyntheticScene.panning()).withListener(collect(warnings)).cut();
        assertThat(cut.camera().seemsToMove()).isTrue();
        assertThat(warnings).singleElement().asString()
                .startsWith("the camera seems to move: background removal assumes a still camera");
    }

    @Test
    void theWrittenGifIsTransparentExactlyWhereTheMaskIs() throws IOException {
        Clip cutout = BackgroundRemoval.of(SyntheticScene.still()).withListener(RenderListener.SILENT).apply()
                .subclip(0.5, 1.0);
        Path out = dir.resolve("cutout.gif");
        cutout.writeGif(out, GifExport.fps(10));
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.frames()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            int[] expected = cutout.frame(i / 10.0).toArgbArray();
            int[] decoded = gif.frames().get(i).argb();
            int transparent = 0;
            for (int p = 0; p < expected.length; p++) {
                boolean clear = (expected[p] >>> 24) < 128;
                assertThat((decoded[p] >>> 24) == 0).as("frame %d pixel %d", i, p).isEqualTo(clear);
                transparent += clear ? 1 : 0;
            }
            assertThat(transparent).isGreaterThan(expected.length / 2);
        }
    }

    @Test
    void aMaskFromAFunctionIsComputedOnTheRenderingThreadsAndGivesTheSameGif() throws IOException {
        Clip scene = SyntheticScene.still().subclip(0.2, 1.2);
        Cutout cut = BackgroundRemoval.of(scene).withListener(RenderListener.SILENT).cut();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        MaskClip watched = MaskClip.fromFunction(scene.size(), scene.duration(), t -> {
            threads.add(Thread.currentThread().getName());
            return cut.mask().mask(t);
        });
        Path viaMask = dir.resolve("mask.gif");
        Path viaCutout = dir.resolve("cutout.gif");
        scene.withMask(watched).writeGif(viaMask, GifExport.fps(12));
        cut.clip().writeGif(viaCutout, GifExport.fps(12));
        assertThat(Files.readAllBytes(viaMask)).isEqualTo(Files.readAllBytes(viaCutout));
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("jiffy-worker"));
    }

    @Test
    void givenTimesAndAPlateAreUsedAndMistakesAreExplained() {
        Clip scene = SyntheticScene.still();
        BackgroundRemoval removal = BackgroundRemoval.of(scene);
        assertThat(removal.backgroundTimes()).hasSize(40);
        assertThat(removal.backgroundTimes()[0]).isEqualTo(0.025);
        assertThat(removal.withBackgroundFrames(7).backgroundTimes()).hasSize(7);
        assertThat(BackgroundRemoval.of(scene.subclip(0, 0.5)).backgroundTimes()).hasSize(12); // 12 frames at 24 fps
        assertThat(removal.withBackgroundTimes(0.1, 1.9, 1.9).backgroundTimes()).containsExactly(0.1, 1.9, 1.9);

        Cutout plate = removal.withBackground(SyntheticScene.background()).withListener(RenderListener.SILENT).cut();
        assertThat(plate.background()).isEqualTo(FloatRgb.of(SyntheticScene.background()));
        double iou = BinaryMask.atLeast(plate.mask().mask(1.0), 0.5f).intersectionOverUnion(SyntheticScene.truth(1.0));
        assertThat(iou).isGreaterThanOrEqualTo(0.95);

        assertThatThrownBy(() -> removal.withBackgroundTimes(2.5))
                .hasMessage("background time 2.5 s is outside the clip (0 to 2 s)");
        assertThatThrownBy(() -> removal.withThreshold(-1))
                .hasMessageContaining("threshold must be a squared RGB distance of 0 or more");
        assertThatThrownBy(() -> removal.withMinObjectSize(-5)).hasMessage("minimum object size must be 0 or more, got -5");
        assertThatThrownBy(() -> removal.withBlur(Double.NaN)).hasMessage("blur sigma must be 0 or more pixels, got NaN");
        assertThatThrownBy(() -> removal.withBackground(Frame.filled(3, 3, 0)))
                .hasMessage("the background picture is 3x3 but the clip is 160x120");
    }

    @Test
    void aCancelStopsTheReadingOfTheBackgroundFrames() {
        for (BackgroundMethod method : BackgroundMethod.values()) {
            AtomicInteger reads = new AtomicInteger();
            Clip scene = SyntheticScene.still();
            Clip counted = FunctionClip.of(scene.size(), scene.duration(), t -> {
                reads.incrementAndGet();
                return scene.frame(t);
            }).withFps(24);
            // A page that changed a setting after three frames: the other 37 background frames and the camera
            // check's 9 are not wanted any more.
            RenderListener changedItsMind = new RenderListener() {
                @Override
                public boolean cancelled() {
                    return reads.get() >= 3;
                }
            };
            assertThatThrownBy(() -> BackgroundRemoval.of(counted).withMethod(method).withListener(changedItsMind)
                    .apply()).as(method.name()).isInstanceOf(CancelledException.class)
                    .hasMessageContaining("background removal cancelled");
            assertThat(reads.get()).as("frames read by %s after the cancel", method).isLessThanOrEqualTo(4);
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
}
