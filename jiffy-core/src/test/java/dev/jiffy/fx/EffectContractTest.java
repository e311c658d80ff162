package dev.jiffy.fx;

import dev.jiffy.clip.BitmapClip;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** What every effect promises: lazy, the parent's frame rate, values, safe from several threads. */
class EffectContractTest {
    private final BitmapClip source = BitmapClip.of(10, "RG.\nBWK", "GB.\nWKR", "BW.\nKRG", "WK.\nRGB");

    private static Map<String, UnaryOperator<Clip>> everyEffect() {
        Map<String, UnaryOperator<Clip>> all = new LinkedHashMap<>();
        all.put("timeMirror", Fx.timeMirror());
        all.put("timeSymmetrize", Fx.timeSymmetrize());
        all.put("loop", Fx.loop(3));
        all.put("loopFor", Fx.loopFor(0.55));
        all.put("freeze", Fx.freeze(0.1, 0.3));
        all.put("freezeLast", Fx.freezeLast(0.2));
        all.put("fadeIn", Fx.fadeIn(0.2));
        all.put("fadeOut", Fx.fadeOut(0.2, 0xFFFFFF));
        all.put("blackAndWhite", Fx.blackAndWhite());
        all.put("invert", Fx.invert());
        all.put("gamma", Fx.gamma(1.7));
        all.put("multiplyColor", Fx.multiplyColor(1.3));
        all.put("brightnessContrast", Fx.brightnessContrast(0.1, 1.4));
        all.put("mirrorX", Fx.mirrorX());
        all.put("mirrorY", Fx.mirrorY());
        all.put("rotate90", Fx.rotate(90));
        all.put("rotate33", Fx.rotate(33));
        all.put("margin", Fx.margin(1, 2, 3, 4, 0xFF00FF00));
        all.put("perFrame", Fx.perFrame((t, f) -> f));
        return all;
    }

    @Test
    void effectsComputeNothingUntilAFrameIsAsked() {
        AtomicInteger calls = new AtomicInteger();
        Clip counting = counting(source, calls);
        everyEffect().forEach((name, effect) -> {
            Clip result = counting.fx(effect);
            result.duration();
            result.size();
            result.fps();
            assertThat(calls.get()).as(name + " asked for a frame before being asked").isZero();
            result.frame(0);
            assertThat(calls.get()).as(name + " asked for frames when asked").isPositive();
            calls.set(0);
        });
    }

    @Test
    void effectsKeepTheFrameRateAndGiveFramesOfTheirSize() {
        everyEffect().forEach((name, effect) -> {
            Clip result = source.fx(effect);
            assertThat(result.fps()).as(name).contains(FrameRate.of(10));
            for (double t = 0; t <= result.duration(); t += 0.05) {
                assertThat(result.frame(t).size()).as(name + " at " + t).isEqualTo(result.size());
            }
        });
    }

    @Test
    void effectsAreValues() {
        assertThat(Fx.loop(3)).isEqualTo(Fx.loop(3)).isNotEqualTo(Fx.loop(2));
        assertThat(Fx.rotate(30)).isEqualTo(new Rotate(30, 0));
        assertThat(Fx.fadeIn(1)).isEqualTo(Fx.fadeIn(1, 0x000000));
        assertThat(Fx.margin(2)).isEqualTo(new Margin(2, 2, 2, 2, Colors.TRANSPARENT));
        assertThat(Fx.blackAndWhite()).isEqualTo(new BlackAndWhite(LumaWeights.REC601));
    }

    @Test
    void effectClipsGiveTheSameFramesFromManyThreads() throws Exception {
        Clip chain = source.fx(Fx.boomerang()).fx(Fx.loop(2)).fx(Fx.blackAndWhite(LumaWeights.REC709))
                .fx(Fx.rotate(20)).fx(Fx.margin(1)).fx(Fx.fadeIn(0.3)).fx(Fx.freeze(0.5, 0.2));
        FrameRate fps = FrameRate.of(10);
        int n = dev.jiffy.time.Timeline.frameCount(chain.duration(), fps);
        List<Frame> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(chain.frame(fps.timeOf(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (int i = n - 1; i >= 0; i--) {
                    int index = i;
                    checks.add(pool.submit(() -> chain.frame(fps.timeOf(index)).equals(expected.get(index))));
                }
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code clip}, counting the frames asked of it. */
    static Clip counting(Clip clip, AtomicInteger calls) {
        return new Clip() {
            @Override
            public double duration() {
                return clip.duration();
            }

            @Override
            public Size size() {
                return clip.size();
            }

            @Override
            public Optional<FrameRate> fps() {
                return clip.fps();
            }

            @Override
            public Frame frame(double t) {
                calls.incrementAndGet();
                return clip.frame(t);
            }
        };
    }
}
