package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.testing.ImageIoGif;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of output the command writes ({@link OutputKinds}) decodes to the same pictures in Jiffy's decoder, in
 * javax.imageio (composited here from its sub-images and disposal methods), and in FFmpeg and ImageMagick when they
 * are installed (CI installs them: .ci/run).
 */
class CompatibilityTest {
    @TempDir
    Path dir;

    static Stream<String> outputs() {
        return OutputKinds.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void decodersAgree(String name) throws Exception {
        Path out = dir.resolve("out.gif");
        List<String> args = new ArrayList<>(List.of("make"));
        args.addAll(List.of(OutputKinds.all().get(name)));
        args.addAll(List.of("-q", "-o", out.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        DecodedGif ours = GifDecoder.read(out);
        List<int[]> imageIo = ImageIoGif.readWithImageIo(out).frames();
        assertThat(imageIo).hasSameSizeAs(ours.frames());
        for (int i = 0; i < imageIo.size(); i++) {
            OutputKinds.assertSamePixels(ours.frames().get(i).argb(), imageIo.get(i), ours.width(), "javax.imageio, frame " + i);
        }

        boolean ffmpeg = works("ffmpeg", "-version");
        if (ffmpeg) {
            assertSameFrames(ours, run("ffmpeg", "-v", "error", "-i", out.toString(), "-fps_mode", "passthrough",
                    "-f", "rawvideo", "-pix_fmt", "rgba", "-"), "FFmpeg");
        }
        String magick = imageMagick();
        if (magick != null) {
            assertSameFrames(ours, run(magick, out.toString(), "-coalesce", "-depth", "8", "rgba:-"), "ImageMagick");
        }
        Assumptions.assumeTrue(ffmpeg && magick != null, "not checked: "
                + (ffmpeg ? "" : "FFmpeg (ffmpeg not installed) ")
                + (magick != null ? "" : "ImageMagick (neither magick nor /usr/bin/convert installed)"));
    }

    private static void assertSameFrames(DecodedGif ours, byte[] rgba, String decoder) {
        int pixels = ours.width() * ours.height();
        assertThat(rgba.length).as(decoder + "'s frames").isEqualTo(ours.frames().size() * pixels * 4);
        for (int i = 0; i < ours.frames().size(); i++) {
            int[] frame = OutputKinds.argbFromRgba(rgba, i * pixels * 4, pixels);
            OutputKinds.assertSamePixels(ours.frames().get(i).argb(), frame, ours.width(), decoder + ", frame " + i);
        }
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String imageMagick() {
        for (String candidate : new String[] {"magick", "/usr/bin/convert"}) {
            try {
                Process p = new ProcessBuilder(candidate, "-version").redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes());
                if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && text.contains("ImageMagick")) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    private static byte[] run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(bytes);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
        return bytes.toByteArray();
    }
}
