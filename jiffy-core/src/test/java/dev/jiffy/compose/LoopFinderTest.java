package dev.jiffy.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoopFinderTest {
    private static final double PERIOD = 1.3;
    private static final double FPS = 25;
    private static final double FRAME = 1 / FPS;

    /** A bar rotating about the centre, a full turn every {@link #PERIOD} seconds, over a fixed gradient. */
    static Clip rotating(double duration) {
        int w = 96;
        int h = 72;
        return FunctionClip.of(new Size(w, h), duration, t -> {
            double angle = 2 * Math.PI * t / PERIOD;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            int[] argb = new int[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double dx = x - w / 2.0;
                    double dy = y - h / 2.0;
                    double along = dx * cos + dy * sin;
                    double across = -dx * sin + dy * cos;
                    boolean bar = along > 0 && along < 30 && Math.abs(across) < 5;
                    argb[y * w + x] = bar ? 0xFFFFFFFF : 0xFF000000 | (x * 2 << 16) | (y * 3 << 8) | 0x40;
                }
            }
            return Frame.wrap(w, h, argb);
        }).withFps(FPS);
    }

    @Test
    void findsALoopWhoseLengthIsAMultipleOfThePeriod() {
        List<LoopCandidate> found = LoopFinder.find(rotating(5), 0.5, 2.0, 1.0, RenderListener.SILENT);

        assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(LoopFinder.RESULTS);
        LoopCandidate best = found.get(0);
        double cycles = Math.round(best.duration() / PERIOD);
        assertThat(cycles).isGreaterThanOrEqualTo(1);
        assertThat(Math.abs(best.duration() - cycles * PERIOD)).as(best.toString()).isLessThanOrEqualTo(FRAME);
        assertThat(best.from()).isBetween(0.5 - 1.0, 0.5 + 1.0);
        assertThat(best.to()).isBetween(2.0 - 1.0, 2.0 + 1.0);
        assertThat(best.seamless()).as(best.toString()).isTrue();
        // best first
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).similarity()).isLessThanOrEqualTo(best.similarity() + 0.05);
        }
    }

    @Test
    void aClipThatNeverRepeatsScoresLowAndSaysSo() {
        // smooth random blobs (random values 12 px apart, interpolated) panning by 2 px a frame: each step is small,
        // and nothing ever comes back
        Random random = new Random(7);
        int textureWidth = 96 + 2 * 100 + 12;
        int[] texture = new int[textureWidth * 72];
        double[][] knots = new double[textureWidth / 12 + 2][72 / 12 + 2];
        for (double[] column : knots) {
            for (int k = 0; k < column.length; k++) {
                column[k] = random.nextDouble() * 255;
            }
        }
        for (int y = 0; y < 72; y++) {
            for (int x = 0; x < textureWidth; x++) {
                double fx = x / 12.0 - x / 12;
                double fy = y / 12.0 - y / 12;
                double v = (1 - fy) * ((1 - fx) * knots[x / 12][y / 12] + fx * knots[x / 12 + 1][y / 12])
                        + fy * ((1 - fx) * knots[x / 12][y / 12 + 1] + fx * knots[x / 12 + 1][y / 12 + 1]);
                int g = (int) v;
                texture[y * textureWidth + x] = 0xFF000000 | g << 16 | g << 8 | (255 - g);
            }
        }
        Clip panning = FunctionClip.of(new Size(96, 72), 4, t -> {
            int offset = 2 * (int) Math.round(t * FPS);
            int[] argb = new int[96 * 72];
            for (int y = 0; y < 72; y++) {
                System.arraycopy(texture, y * textureWidth + offset, argb, y * 96, 96);
            }
            return Frame.wrap(96, 72, argb);
        }).withFps(FPS);

        LoopCandidate best = LoopFinder.find(panning, 0.5, 2.5, 0.5, RenderListener.SILENT).get(0);

        assertThat(best.similarity()).isLessThan(0.3);
        assertThat(best.step()).isGreaterThan(best.similarity());
        assertThat(best.seamless()).isFalse();
    }

    @Test
    void decodesOnlyAroundTheEndsAndStopsWhenCancelled() {
        AtomicInteger decoded = new AtomicInteger();
        Clip counting = FunctionClip.of(new Size(32, 24), 20, t -> {
            decoded.incrementAndGet();
            return Frame.filled(32, 24, 0xFF000000);
        }).withFps(FPS);
        AtomicInteger progress = new AtomicInteger();
        LoopFinder.find(counting, 2, 18, 0.4, new RenderListener() {
            @Override
            public void progress(int done, int total) {
                progress.set(total);
            }
        });
        // 1.6-2.4 s and 17.6-18.4 s at 25 fps, both ends included: 21 frames each, not the 15 s between them
        assertThat(decoded.get()).isEqualTo(42).isEqualTo(progress.get());

        decoded.set(0);
        assertThatThrownBy(() -> LoopFinder.find(counting, 2, 18, 0.5, new RenderListener() {
            @Override
            public boolean cancelled() {
                return decoded.get() >= 3;
            }
        })).isInstanceOf(CancelledException.class);
        assertThat(decoded.get()).isEqualTo(3);
    }

    @Test
    void badArgumentsAreRefusedWithTheValues() {
        Clip clip = rotating(3);
        assertThatThrownBy(() -> LoopFinder.find(clip, 2, 1, 0.5, RenderListener.SILENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 s to 1 s");
        assertThatThrownBy(() -> LoopFinder.find(clip, 0, 1, 6, RenderListener.SILENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 5 s");
    }
}
