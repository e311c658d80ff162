package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.progress.RenderListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The background-removal score ({@link MaskScore}) of each method on {@link FigureOverFootage}, as a markdown table
 * in {@code target/background-score.md}. Run by {@code bench/background.sh} (it sets {@code jiffy.bench}); the
 * targets are asserted by {@link BackgroundScoreTest}.
 */
@EnabledIfSystemProperty(named = "jiffy.bench", matches = "true")
class BackgroundScoreBenchmark {
    @Test
    void scoreEveryMethod() throws IOException {
        Clip clip = FigureOverFootage.clip();
        StringBuilder out = new StringBuilder("Synthetic composite: ").append(FigureOverFootage.WIDTH).append('x')
                .append(FigureOverFootage.HEIGHT).append(", ").append(FigureOverFootage.frameCount())
                .append(" frames; the figure walks until ").append(FigureOverFootage.STOP)
                .append(" s, then stands still.\n\n").append(MaskScore.header()).append('\n');
        // CPU time of the whole process (the estimate and the camera check use several threads): the machine is
        // shared, so wall time says more about the others than about this; JIT and GC count too, the same for all
        for (Function<Clip, Cutout> method : methods().values()) {
            score(method.apply(clip)); // warm-up: the first method would pay the JIT
        }
        for (Map.Entry<String, Function<Clip, Cutout>> method : methods().entrySet()) {
            long start = cpuMillis();
            MaskScore score = score(method.getValue().apply(clip));
            long ms = cpuMillis() - start;
            out.append(score.row(method.getKey())).append(' ').append(ms).append(" |\n");
        }
        dumpDefault(clip);
        Path file = Path.of("target", "background-score.md");
        Files.writeString(file, out);
        System.out.println(out);
    }

    static Map<String, Function<Clip, Cutout>> methods() {
        Map<String, Function<Clip, Cutout>> m = new LinkedHashMap<>();
        // the seed's way: the median of frames picked by hand where the standing place is still free
        m.put("seed recipe, frames picked by hand", c -> BackgroundRemoval.of(c).withMethod(BackgroundMethod.SEED)
                .withBackgroundTimes(0.0, 0.3, 0.6, 0.9, 1.2).withListener(RenderListener.SILENT).cut());
        m.put("seed recipe, 40 frames spread (--remove-background before issue 17)", c -> BackgroundRemoval.of(c)
                .withMethod(BackgroundMethod.SEED).withListener(RenderListener.SILENT).cut());
        m.put("default, each frame by itself (before persistence and the steady cut)", c -> BackgroundRemoval.of(c)
                .withListener(RenderListener.SILENT).cut(0));
        m.put("--remove-background (default)", c -> BackgroundRemoval.of(c).withListener(RenderListener.SILENT).cut());
        return m;
    }

    /**
     * For looking at: target/background-frames.png, one row per frame 0, 5, 10, ...: the frame, the estimated
     * background, the mask (white), the truth's errors (red: missed, blue: extra).
     */
    private static void dumpDefault(Clip clip) throws IOException {
        Cutout cut = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT).cut();
        int w = FigureOverFootage.WIDTH;
        int h = FigureOverFootage.HEIGHT;
        int rows = (FigureOverFootage.frameCount() + 4) / 5;
        java.awt.image.BufferedImage sheet = new java.awt.image.BufferedImage(4 * w, rows * h,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        int[] bg = cut.background().toFrame().toArgbArray();
        for (int row = 0; row < rows; row++) {
            double t = (double) (5 * row) / FigureOverFootage.FPS;
            int[] f = FigureOverFootage.frame(t).toArgbArray();
            boolean[] m = BinaryMask.atLeast(cut.mask().mask(t), 0.5f).toBooleanArray();
            boolean[] truth = FigureOverFootage.truth(t).toBooleanArray();
            for (int i = 0; i < w * h; i++) {
                int x = i % w;
                int y = row * h + i / w;
                sheet.setRGB(x, y, f[i]);
                sheet.setRGB(w + x, y, bg[i]);
                sheet.setRGB(2 * w + x, y, m[i] ? 0xFFFFFF : 0);
                sheet.setRGB(3 * w + x, y, m[i] == truth[i] ? (m[i] ? 0x808080 : 0) : m[i] ? 0x4060FF : 0xFF3030);
            }
        }
        javax.imageio.ImageIO.write(sheet, "png", Path.of("target", "background-frames.png").toFile());
    }

    /** CPU time this process has used so far, milliseconds. */
    static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
    }

    static MaskScore score(Cutout cut) {
        List<BinaryMask> masks = new ArrayList<>();
        List<BinaryMask> truths = new ArrayList<>();
        List<BinaryMask> stills = new ArrayList<>();
        for (int k = 0; k < FigureOverFootage.frameCount(); k++) {
            double t = (double) k / FigureOverFootage.FPS;
            masks.add(BinaryMask.atLeast(cut.mask().mask(t), 0.5f));
            truths.add(FigureOverFootage.truth(t));
            stills.add(FigureOverFootage.still(k));
        }
        return MaskScore.of(masks, truths, stills);
    }
}
