package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A disc moving over a still of real footage (a frame of Big Buck Bunny's meadow, 240x135), with a little noise on
 * every frame as a video would have. The disc shows another part of the same photo, turning, every other stripe tinted
 * purple: parts of it look like the background behind them, as real subjects do. The truth of each frame's mask is the
 * disc.
 */
final class SyntheticScene {
    static final int WIDTH = 160;
    static final int HEIGHT = 120;
    static final double DURATION = 2.0;
    static final int RADIUS = 18;
    private static final Frame MEADOW = load();

    private SyntheticScene() {
    }

    /** The scene with a still camera. */
    static Clip still() {
        return FunctionClip.of(new Size(WIDTH, HEIGHT), DURATION, t -> frame(t, 0)).withFps(24);
    }

    /** The scene with the camera panning 80 pixels to the right over the clip. */
    static Clip panning() {
        return FunctionClip.of(new Size(WIDTH, HEIGHT), DURATION, t -> frame(t, (int) Math.round(40 * t))).withFps(24);
    }

    /** Where the disc is at time t. */
    static BinaryMask truth(double t) {
        boolean[] bits = new boolean[WIDTH * HEIGHT];
        double cx = centreX(t);
        double cy = centreY(t);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                bits[y * WIDTH + x] = inDisc(x, y, cx, cy);
            }
        }
        return BinaryMask.wrap(WIDTH, HEIGHT, bits);
    }

    /** The background without noise. */
    static Frame background() {
        return MEADOW.crop(0, 0, WIDTH, HEIGHT);
    }

    private static Frame frame(double t, int pan) {
        int[] out = new int[WIDTH * HEIGHT];
        double cx = centreX(t);
        double cy = centreY(t);
        double angle = 3 * t;
        long frameSeed = Math.round(t * 1000);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int p;
                if (inDisc(x, y, cx, cy)) {
                    double u = (x - cx) * Math.cos(angle) + (y - cy) * Math.sin(angle);
                    double v = -(x - cx) * Math.sin(angle) + (y - cy) * Math.cos(angle);
                    int photo = MEADOW.pixel(200 + (int) Math.round(u), 80 + (int) Math.round(v));
                    p = ((int) Math.floor(u / 6) & 1) == 0 ? photo : tint(photo);
                } else {
                    p = noisy(MEADOW.pixel(x + pan, y), x, y, frameSeed);
                }
                out[y * WIDTH + x] = p;
            }
        }
        return Frame.wrap(WIDTH, HEIGHT, out);
    }

    private static double centreX(double t) {
        return 22 + 116 * t / DURATION;
    }

    private static double centreY(double t) {
        return 60 + 25 * Math.sin(2 * Math.PI * t / DURATION);
    }

    private static boolean inDisc(int x, int y, double cx, double cy) {
        double dx = x - cx;
        double dy = y - cy;
        return dx * dx + dy * dy <= RADIUS * RADIUS;
    }

    /** Halfway to purple. */
    private static int tint(int argb) {
        int r = (((argb >> 16) & 0xFF) + 0xB0) / 2;
        int g = (((argb >> 8) & 0xFF) + 0x30) / 2;
        int b = ((argb & 0xFF) + 0xE0) / 2;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** Each channel moved by up to 6 levels, deterministically. */
    private static int noisy(int argb, int x, int y, long seed) {
        long h = (x * 73856093L) ^ (y * 19349663L) ^ (seed * 83492791L);
        h ^= h >>> 13;
        h *= 0x5bd1e995L;
        h ^= h >>> 15;
        int r = clamp(((argb >> 16) & 0xFF) + (int) (h & 0xF) % 13 - 6);
        int g = clamp(((argb >> 8) & 0xFF) + (int) ((h >> 4) & 0xF) % 13 - 6);
        int b = clamp((argb & 0xFF) + (int) ((h >> 8) & 0xF) % 13 - 6);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static Frame load() {
        try (InputStream in = SyntheticScene.class.getResourceAsStream("meadow.png")) {
            BufferedImage image = ImageIO.read(in);
            return Frame.fromImage(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
