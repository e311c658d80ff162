package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Without a display the preview says so in one line and points to saving frames; no stack trace. */
class NoDisplayTest {

    @Test
    void noDisplayVariableOnLinux() {
        assertThat(Display.problem(true, null, null, "Linux")).contains("DISPLAY is not set");
        assertThat(Display.problem(true, "true", "", "Linux")).contains("DISPLAY is not set");
    }

    @Test
    void headlessOnPurpose() {
        assertThat(Display.problem(true, "true", ":0", "Linux")).contains("Java runs headless: java.awt.headless=true");
        assertThat(Display.problem(true, "true", null, "Mac OS X")).contains("Java runs headless: java.awt.headless=true");
    }

    @Test
    void aDisplay() {
        assertThat(Display.problem(false, null, ":0", "Linux")).isEmpty();
        assertThat(Display.problem(false, null, null, "Windows 11")).isEmpty();
    }

    @Test
    void theMessageNamesTheReasonAndTheWayOut() {
        NoDisplayException e = new NoDisplayException("DISPLAY is not set", null);
        assertThat(e.reason()).isEqualTo("DISPLAY is not set");
        assertThat(e.getMessage()).isEqualTo("no display: the preview needs a graphical session (DISPLAY is not set); "
                + "export frames with clip.saveFrame(t, \"frame.png\")");
    }

    @Test
    void clipPreviewInAJvmWithoutDisplay() throws Exception {
        Result r = runWithoutDisplay();
        assertThat(r.code).as(r.err).isEqualTo(1);
        assertThat(r.err.lines()).as(r.err).containsExactly("NoDisplayException: no display: the preview needs a "
                + "graphical session (DISPLAY is not set); export frames with clip.saveFrame(t, \"frame.png\")");
        assertThat(r.out).isEmpty();
    }

    @Test
    void anUnreachableDisplayIsNoDisplayToo() throws Exception {
        Result r = run(List.of(), ":31999"); // nothing listens there
        assertThat(r.code).as(r.err).isEqualTo(1);
        assertThat(r.err.lines()).as(r.err).containsExactly("NoDisplayException: no display: the preview needs a "
                + "graphical session (cannot connect to the display DISPLAY=:31999); export frames with "
                + "clip.saveFrame(t, \"frame.png\")");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result runWithoutDisplay() throws Exception {
        return run(List.of(), null);
    }

    private static Result run(List<String> jvmOptions, String display) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(NoDisplayMain.class.getName());
        ProcessBuilder pb = new ProcessBuilder(command);
        if (display == null) {
            pb.environment().remove("DISPLAY");
        } else {
            pb.environment().put("DISPLAY", display);
        }
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
