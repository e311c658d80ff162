package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.ClipPreviewer;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.render.GifExport;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code clip.preview()} and {@code Preview.show} block until the window is closed, like MoviePy's preview. */
@ExtendWith(VirtualDisplay.class)
@Timeout(60)
class ShowTest {

    @Test
    void theServiceIsFound() {
        assertThat(ClipPreviewer.find()).isInstanceOf(SwingPreviewer.class);
    }

    @Test
    void clipPreviewReturnsWhenTheWindowIsClosed() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread user = new Thread(() -> {
            try {
                TestClips.blocks().preview();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        user.start();
        JFrame window = awaitPreviewWindow();
        // preview() blocks while the window is open: its thread parks waiting for the window to close
        Gui.await("preview() to wait for the window", () -> waitingForTheWindow(user));
        assertThat(user.isAlive()).isTrue();
        Gui.onEdt(() -> {
            window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            return null;
        });
        user.join(10_000);
        assertThat(user.isAlive()).as("preview() returned").isFalse();
        assertThat(thrown.get()).isNull();
        assertThat(window.getTitle()).isEqualTo("Jiffy preview: 160x120, 10 fps, 2.000 s");
    }

    @Test
    void aFrameTheClipCannotGiveIsShownAndThrownWhenTheWindowCloses() throws Exception {
        Clip broken = FunctionClip.of(new Size(32, 32), 1.0, t -> {
            if (t >= 0.2) {
                throw new IllegalStateException("frame at " + t + " is corrupt");
            }
            return Frame.filled(32, 32, 0xFF336699);
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread user = new Thread(() -> {
            try {
                Preview.show(broken, GifExport.fps(10), PreviewListener.printing(System.out));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        user.start();
        JFrame window = awaitPreviewWindow();
        Gui.await("the failure on screen", () -> Gui.onEdt(() -> Arrays.stream(window.getContentPane().getComponents())
                .anyMatch(c -> text(c).contains("cannot show frame 3 (t=0.200 s): frame at 0.2 is corrupt"))));
        Gui.onEdt(() -> {
            window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            return null;
        });
        user.join(10_000);
        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessage("frame at 0.2 is corrupt");
    }

    /** Whether {@code thread} is parked in the preview's wait for its window to close. */
    private static boolean waitingForTheWindow(Thread thread) {
        return thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace()).anyMatch(f ->
                f.getClassName().equals(PreviewWindow.class.getName()) && f.getMethodName().equals("awaitClosed"));
    }

    private static String text(java.awt.Component c) {
        StringBuilder s = new StringBuilder();
        if (c instanceof javax.swing.JLabel l) {
            s.append(l.getText()).append('\n');
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                s.append(text(child));
            }
        }
        return s.toString();
    }

    private static JFrame awaitPreviewWindow() {
        AtomicReference<JFrame> found = new AtomicReference<>();
        Gui.await("a preview window", () -> {
            Optional<JFrame> w = Gui.onEdt(() -> Arrays.stream(Window.getWindows())
                    .filter(x -> x instanceof JFrame f && f.isShowing() && f.getTitle().startsWith("Jiffy preview"))
                    .map(JFrame.class::cast).findFirst());
            w.ifPresent(found::set);
            return w.isPresent();
        });
        return found.get();
    }
}
