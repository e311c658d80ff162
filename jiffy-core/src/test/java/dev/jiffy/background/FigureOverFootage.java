package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The hard case of background removal, with its truth known: a person-shaped figure walks into a real static-camera
 * scene, then stands still for the second half of the clip (so a per-pixel median over the clip shows the figure, not
 * the floor behind it). The scene is 12 real frames of an empty room (see {@code room/README.md}), played back and
 * forth, with extra noise. The figure's clothes are cut from the same room (wood floor, white wall, the dark window)
 * so their colours overlap the background's, with a dark coat and trousers close to the dark parts of the scene and a
 * skin-toned head.
 */
final class FigureOverFootage {
    static final int WIDTH = 160;
    static final int HEIGHT = 90;
    static final int FPS = 10;
    static final double DURATION = 3.0;
    /** The figure walks until this time, then stands still. */
    static final double STOP = 1.4;
    private static final List<Frame> ROOM = load();
    /** Per-channel noise added to every frame, on top of the footage's own (levels, uniform in ±NOISE). */
    private static final int NOISE = 4;

    private FigureOverFootage() {
    }

    static Clip clip() {
        return FunctionClip.of(new Size(WIDTH, HEIGHT), DURATION, FigureOverFootage::frame).withFps(FPS);
    }

    static int frameCount() {
        return (int) Math.round(DURATION * FPS);
    }

    /** Where the figure is at time t. */
    static BinaryMask truth(double t) {
        boolean[] bits = new boolean[WIDTH * HEIGHT];
        double fx = left(t);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                bits[y * WIDTH + x] = part(x - fx, y, t) != Part.NONE;
            }
        }
        return BinaryMask.wrap(WIDTH, HEIGHT, bits);
    }

    /**
     * The pixels whose picture at frame k did not change since frame k - 1 but for the noise (the footage's own and
     * the added): the room where the figure is in neither frame, and the figure where it stood still in both.
     */
    static BinaryMask still(int k) {
        double t = (double) k / FPS;
        double before = (double) Math.max(0, k - 1) / FPS;
        BinaryMask now = truth(t);
        BinaryMask then = truth(before);
        BinaryMask room = now.not().and(then.not());
        boolean figureStill = before >= STOP - 1e-9 && left(before) == left(t);
        return figureStill ? room.or(now.and(then)) : room;
    }

    static Frame frame(double t) {
        int k = (int) Math.round(t * FPS);
        int n = ROOM.size();
        int period = 2 * (n - 1);
        int r = k % period;
        Frame room = ROOM.get(r < n ? r : period - r);
        double fx = left(t);
        int[] out = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double u = x - fx;
                int p = switch (part(u, y, t)) {
                    case NONE -> room.pixel(x, y);
                    case HEAD -> shade(0xFFC8A086, (int) u, y);
                    // the coat: the dark window's colours, and bands of wood floor and white wall
                    case COAT -> coat((int) Math.floor(u), y);
                    case LEGS -> shade(0xFF2A2622, (int) u, y);
                };
                out[y * WIDTH + x] = noisy(p, x, y, k);
            }
        }
        return Frame.wrap(WIDTH, HEIGHT, out);
    }

    private enum Part { NONE, HEAD, COAT, LEGS }

    /** The figure's left edge: walks in from the left at 50 px/s, then stands. */
    private static double left(double t) {
        return 10 + 50 * Math.min(t, STOP);
    }

    /** Which part of the figure (x measured from its left edge) covers row y; the legs swing while walking. */
    private static Part part(double u, int y, double t) {
        double hx = u - 14;
        double hy = y - 22;
        if (hx * hx + hy * hy <= 36) {
            return Part.HEAD;
        }
        if (y >= 28 && y < 58 && Math.abs(u - 14) <= 10 - Math.max(0, 32 - y)) { // rounded shoulders
            return Part.COAT;
        }
        if (y >= 58 && y < 84) {
            double swing = t < STOP ? 4 * Math.sin(2 * Math.PI * 1.5 * t) * (y - 58) / 26.0 : 0;
            if ((u >= 6 + swing && u < 12 + swing) || (u >= 16 - swing && u < 22 - swing)) {
                return Part.LEGS;
            }
        }
        return Part.NONE;
    }

    private static int coat(int u, int y) {
        int band = Math.floorMod(y / 5 + u / 7, 3);
        Frame room = ROOM.get(0);
        return switch (band) {
            case 0 -> room.pixel(2 + Math.floorMod(u, 10), 8 + Math.floorMod(y, 20));       // the dark window
            case 1 -> room.pixel(40 + Math.floorMod(u * 2, 60), 60 + Math.floorMod(y, 28)); // wood floor
            default -> room.pixel(30 + Math.floorMod(u, 40), 10 + Math.floorMod(y, 30));    // white wall
        };
    }

    /** A little texture, so the head and legs are not flat. */
    private static int shade(int argb, int u, int y) {
        int d = Math.floorMod(u * 7 + y * 13, 11) - 5;
        return add(argb, d, d, d);
    }

    private static int noisy(int argb, int x, int y, long seed) {
        long h = (x * 73856093L) ^ (y * 19349663L) ^ (seed * 83492791L);
        h ^= h >>> 13;
        h *= 0x5bd1e995L;
        h ^= h >>> 15;
        int span = 2 * NOISE + 1;
        return add(argb, (int) ((h & 0xFF) % span) - NOISE, (int) (((h >> 8) & 0xFF) % span) - NOISE,
                (int) (((h >> 16) & 0xFF) % span) - NOISE);
    }

    private static int add(int argb, int dr, int dg, int db) {
        int r = clamp(((argb >> 16) & 0xFF) + dr);
        int g = clamp(((argb >> 8) & 0xFF) + dg);
        int b = clamp((argb & 0xFF) + db);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static List<Frame> load() {
        List<Frame> frames = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String name = String.format("room/%02d.png", i);
            try (InputStream in = FigureOverFootage.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("test resource " + name + " is missing");
                }
                frames.add(Frame.fromImage(ImageIO.read(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return frames;
    }
}
