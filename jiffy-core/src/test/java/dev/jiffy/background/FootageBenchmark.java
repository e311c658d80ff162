package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The default method's temporal settings on real footage, where no true mask is known: for each clip in the folder
 * {@code jiffy.bench.footage} (sub-folders {@code NAME@FPS} of PNG frames, made by {@code bench/background.sh} from
 * ../shared/media), for each frame by itself and the default (or the speeds in {@code jiffy.bench.speeds}, comma
 * separated, for {@link SteadyFigureMask#SPEED}): the mask's mean share of the picture, what persistence and the
 * steady cut remove (% of the mask of each frame by itself), the mask outside its largest region, flicker where the
 * picture stood still (% of the mask per frame) and the CPU time of the masks. Writes
 * {@code target/background-footage.md}.
 */
@EnabledIfSystemProperty(named = "jiffy.bench.footage", matches = ".+")
class FootageBenchmark {
    /** RGB distance under which a pixel counts as still between two frames (for the flicker measure only). */
    private static final double STILL = 10;
    /** Subject speeds tried, diagonals per second (0: touching regions only, as before issue 17's regression fix). */
    private static final double[] SPEEDS = java.util.Arrays.stream(System.getProperty("jiffy.bench.speeds",
            String.valueOf(SteadyFigureMask.SPEED)).split(",")).mapToDouble(Double::parseDouble).toArray();

    @Test
    void measureOnFootage() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| clip | setting | mask, % of picture | removed vs each frame by itself, % of its mask (mean / "
                + "worst frame) | outside the largest region, % of mask | flicker where still, % of the mean mask per "
                + "frame | CPU time of the masks, ms |\n|---|---|--:|--:|--:|--:|--:|\n");
        Path root = Path.of(System.getProperty("jiffy.bench.footage"));
        List<Path> clips;
        try (Stream<Path> s = Files.list(root)) {
            clips = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : clips) {
            String name = dir.getFileName().toString();
            // NAME@FPS, or NAME@FPS~RATE: a video of FPS written at RATE (its masks asked for at RATE's times)
            String[] rates = name.substring(name.indexOf('@') + 1).split("~");
            int videoFps = Integer.parseInt(rates[0]);
            int fps = Integer.parseInt(rates[rates.length - 1]);
            List<Frame> video = load(dir);
            Frame first = video.get(0);
            double duration = (double) video.size() / videoFps;
            // as a video shows it: the frame that started last (1e-9: k / fps lands on frame k despite rounding)
            java.util.function.DoubleFunction<Frame> at = t -> video.get((int) Math.min(video.size() - 1,
                    Math.floor(t * videoFps + 1e-9)));
            Clip clip = FunctionClip.of(new Size(first.width(), first.height()), duration, at).withFps(videoFps);
            List<Frame> frames = new ArrayList<>();
            for (int k = 0; k < (int) Math.floor(duration * fps + 1e-9); k++) {
                frames.add(at.apply((double) k / fps));
            }
            // written at RATE as jiffy make --fps RATE writes it: make does not give the removal the GIF's rate
            // (withGifFps, the library's option, trades some persistence for speed; see the README)
            BackgroundRemoval removal = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT);
            List<BinaryMask> alone = masks(removal.cut(0), frames.size(), fps, out, name, "each frame by itself", null,
                    frames);
            for (double speed : SPEEDS) {
                masks(removal.cut(SteadyFigureMask.WINDOW, speed), frames.size(), fps, out, name, "speed " + speed,
                        alone, frames);
            }
        }
        Files.writeString(Path.of("target", "background-footage.md"), out);
        System.out.println(out);
    }

    private static List<BinaryMask> masks(Cutout cut, int n, int fps, StringBuilder out, String clip, String setting,
            List<BinaryMask> alone, List<Frame> frames) {
        // CPU time of the process (this thread makes every mask; GC and JIT count too): the machine is shared, its
        // wall time is not ours
        long start = BackgroundScoreBenchmark.cpuMillis();
        List<BinaryMask> masks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            masks.add(BinaryMask.atLeast(cut.mask().mask((double) k / fps), 0.5f));
        }
        long ms = BackgroundScoreBenchmark.cpuMillis() - start;
        double area = 0;
        double dropped = 0;
        double worstDropped = 0;
        double flicker = 0;
        double maskPixels = 0;
        double stray = 0;
        long pixels = frames.get(0).size().pixels();
        for (int k = 0; k < n; k++) {
            BinaryMask m = masks.get(k);
            area += 100.0 * m.count() / pixels;
            maskPixels += m.count();
            dev.jiffy.image.ConnectedComponents regions = dev.jiffy.image.ConnectedComponents.of(m,
                    dev.jiffy.image.Connectivity.EIGHT);
            int largest = 0;
            for (int l = 1; l <= regions.count(); l++) {
                largest = Math.max(largest, regions.size(l));
            }
            stray += m.count() - largest;
            if (alone != null) {
                BinaryMask a = alone.get(k);
                double d = 100.0 * a.and(m.not()).count() / Math.max(1, a.count());
                dropped += d;
                worstDropped = Math.max(worstDropped, d);
            }
            if (k > 0) {
                BinaryMask changed = m.and(masks.get(k - 1).not()).or(masks.get(k - 1).and(m.not()));
                flicker += changed.and(still(frames.get(k - 1), frames.get(k))).count();
            }
        }
        out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %.2f | %.2f | %d |%n", clip, setting,
                area / n, alone == null ? "-" : String.format(Locale.ROOT, "%.2f / %.1f", dropped / n, worstDropped),
                100.0 * stray / Math.max(1, maskPixels),
                100.0 * flicker / Math.max(1, n - 1) / Math.max(1, maskPixels / n), ms));
        if (alone != null && setting.equals("speed " + SteadyFigureMask.SPEED)) {
            dumpDropped(clip, frames, alone, masks);
        }
        return masks;
    }

    /**
     * target/background-dropped-CLIP.png: six frames spread over the clip, one row each: the frame, and the mask
     * (white: kept; red: in the mask of the frame by itself, dropped by persistence or the steady cut).
     */
    private static void dumpDropped(String clip, List<Frame> frames, List<BinaryMask> alone, List<BinaryMask> kept)
            throws java.io.UncheckedIOException {
        Integer[] order = new Integer[frames.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        int rows = Math.min(6, order.length);
        for (int r = 0; r < rows; r++) {
            order[r] = (int) ((r + 0.5) * frames.size() / rows);
        }
        int w = frames.get(0).width();
        int h = frames.get(0).height();
        java.awt.image.BufferedImage sheet = new java.awt.image.BufferedImage(2 * w, rows * h,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < rows; r++) {
            int k = order[r];
            int[] f = frames.get(k).toArgbArray();
            boolean[] a = alone.get(k).toBooleanArray();
            boolean[] m = kept.get(k).toBooleanArray();
            for (int i = 0; i < f.length; i++) {
                sheet.setRGB(i % w, r * h + i / w, f[i]);
                sheet.setRGB(w + i % w, r * h + i / w, m[i] ? 0xFFFFFF : a[i] ? 0xFF3030 : 0);
            }
        }
        try {
            ImageIO.write(sheet, "png", Path.of("target", "background-dropped-" + clip.replace('@', '-') + ".png")
                    .toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BinaryMask still(Frame a, Frame b) {
        int[] p = a.toArgbArray();
        int[] q = b.toArgbArray();
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            int dr = ((p[i] >> 16) & 0xFF) - ((q[i] >> 16) & 0xFF);
            int dg = ((p[i] >> 8) & 0xFF) - ((q[i] >> 8) & 0xFF);
            int db = (p[i] & 0xFF) - (q[i] & 0xFF);
            out[i] = dr * dr + dg * dg + db * db <= STILL * STILL;
        }
        return BinaryMask.wrap(a.width(), a.height(), out);
    }

    private static List<Frame> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        List<Frame> frames = new ArrayList<>();
        for (Path f : files) {
            frames.add(Frame.fromImage(ImageIO.read(f.toFile())));
        }
        return frames;
    }
}
