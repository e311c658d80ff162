import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifQuality;
import dev.jiffy.gif.GifWriter;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The encoder alone, in one process, pass after pass over the same raw RGB frames (see bench/encode-cpu.sh): the
 * first pass pays for the JIT's warm-up, the later ones show the encoder's steady cost, with far less noise than
 * whole runs on a shared machine. Prints per pass the process's CPU time, the encoding thread's (all of it with
 * threads=1), wall time, bytes and the GIF's SHA-256 prefix (equal across jars when the bytes are).
 *
 * <p>Arguments: FRAMES.rgb WIDTH HEIGHT FPS PASSES QUALITY THREADS.
 */
public final class EncodeCpu {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        double fps = Double.parseDouble(args[3]);
        int passes = Integer.parseInt(args[4]);
        int quality = Integer.parseInt(args[5]);
        int threads = Integer.parseInt(args[6]);
        byte[] raw = Files.readAllBytes(file);
        int pixels = width * height;
        int[][] frames = new int[raw.length / (3 * pixels)][pixels];
        for (int f = 0, k = 0; f < frames.length; f++) {
            for (int p = 0; p < pixels; p++, k += 3) {
                frames[f][p] = 0xFF000000 | (raw[k] & 0xFF) << 16 | (raw[k + 1] & 0xFF) << 8 | (raw[k + 2] & 0xFF);
            }
        }
        GifOptions options = GifQuality.apply(GifOptions.defaults(), quality).withThreads(threads);
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 0; pass < passes; pass++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);
            long process = os.getProcessCpuTime();
            long own = thread.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            try (GifWriter writer = GifWriter.create(out, width, height, options)) {
                for (int f = 0; f < frames.length; f++) {
                    writer.addFrame(frames[f], (f + 1) / fps);
                }
            }
            process = os.getProcessCpuTime() - process;
            own = thread.getCurrentThreadCpuTime() - own;
            wall = System.nanoTime() - wall;
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
            System.out.printf("pass %d  process CPU %.2f s  this thread %.2f s  wall %.2f s  %d bytes  sha %s%n", pass,
                    process / 1e9, own / 1e9, wall / 1e9, out.size(), HexFormat.of().formatHex(sha, 0, 4));
        }
    }
}
