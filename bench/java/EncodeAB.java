import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Two builds of the encoder in one process, each in a class loader of its own, encoding the same raw RGB frames in
 * turn, round after round (see bench/encode-ab.sh). On a machine shared with other work a whole run's CPU time drifts
 * by 10 % or more from minute to minute; the two builds of one round run seconds apart, so their ratio holds still
 * and a change of 2-3 % shows. Prints each round's encoding-thread CPU time (one thread: all of the encoder's work),
 * then per build the minimum and median over the rounds after the first two (the JIT's warm-up) and the GIF's size
 * and SHA-256 prefix (equal when the bytes are).
 *
 * <p>Arguments: FRAMES.rgb WIDTH HEIGHT FPS FRAMES_USED ROUNDS QUALITY CLASSPATH_A CLASSPATH_B.
 */
public final class EncodeAB {
    public static void main(String[] args) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of(args[0]));
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        double fps = Double.parseDouble(args[3]);
        int pixels = width * height;
        int count = Math.min(Integer.parseInt(args[4]), raw.length / (3 * pixels));
        int rounds = Integer.parseInt(args[5]);
        int quality = Integer.parseInt(args[6]);
        int[][] frames = new int[count][pixels];
        for (int f = 0, k = 0; f < count; f++) {
            for (int p = 0; p < pixels; p++, k += 3) {
                frames[f][p] = 0xFF000000 | (raw[k] & 0xFF) << 16 | (raw[k + 1] & 0xFF) << 8 | (raw[k + 2] & 0xFF);
            }
        }
        Build[] builds = {new Build(args[7], quality), new Build(args[8], quality)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[2][rounds];
        String[] digest = new String[2];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int b = round % 2 == 0 ? turn : 1 - turn; // who goes first alternates
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);
                long cpu = threads.getCurrentThreadCpuTime();
                builds[b].encode(out, width, height, frames, fps);
                seconds[b][round] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
                digest[b] = out.size() + " bytes, sha " + HexFormat.of().formatHex(sha, 0, 4);
            }
            System.out.printf("round %d  A %.3f s  B %.3f s  B/A %.3f%n", round, seconds[0][round], seconds[1][round],
                    seconds[1][round] / seconds[0][round]);
        }
        for (int b = 0; b < 2; b++) {
            double[] steady = Arrays.copyOfRange(seconds[b], Math.min(2, rounds - 1), rounds);
            Arrays.sort(steady);
            System.out.printf("%s  min %.3f s  median %.3f s  (%s)%n", b == 0 ? "A" : "B", steady[0],
                    steady[steady.length / 2], digest[b]);
        }
    }

    /** One build's GifWriter, reached by reflection through a class loader of its own. */
    private static final class Build {
        private final Object options;
        private final Method create;
        private final Method addFrame;
        private final Method close;

        Build(String classPath, int quality) throws Exception {
            URL[] urls = Arrays.stream(classPath.split(":")).map(Build::url).toArray(URL[]::new);
            ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
            Class<?> optionsClass = loader.loadClass("dev.jiffy.gif.GifOptions");
            Class<?> writer = loader.loadClass("dev.jiffy.gif.GifWriter");
            Object o = optionsClass.getMethod("defaults").invoke(null);
            o = loader.loadClass("dev.jiffy.gif.GifQuality").getMethod("apply", optionsClass, int.class)
                    .invoke(null, o, quality);
            options = optionsClass.getMethod("withThreads", int.class).invoke(o, 1);
            create = writer.getMethod("create", OutputStream.class, int.class, int.class, optionsClass);
            addFrame = writer.getMethod("addFrame", int[].class, double.class);
            close = writer.getMethod("close");
        }

        void encode(OutputStream out, int width, int height, int[][] frames, double fps) throws Exception {
            Object writer = create.invoke(null, out, width, height, options);
            for (int f = 0; f < frames.length; f++) {
                addFrame.invoke(writer, frames[f], (f + 1) / fps);
            }
            close.invoke(writer);
        }

        private static URL url(String path) {
            try {
                return Path.of(path).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + path, e);
            }
        }
    }
}
