package dev.jiffy.preview;

import static dev.jiffy.preview.TestClips.BLUE;
import static dev.jiffy.preview.TestClips.GREEN;
import static dev.jiffy.preview.TestClips.RED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.render.GifExport;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The window on a virtual display, driven by java.awt.Robot: what it shows, and what clicks and drags print. */
@ExtendWith(VirtualDisplay.class)
@Timeout(60)
class PreviewWindowTest {
    /** One frame of {@link TestClips#blocks()}: 1/10 s. */
    private static final long FRAME = 100_000_000L;

    @Test
    void showsTheFrameEnlargedWithSharpPixels() throws Exception {
        try (Gui gui = Gui.open(TestClips.blocks())) {
            assertThat(gui.scale()).as("a 160x120 clip is enlarged by a whole factor").isEqualTo(3.0);
            BufferedImage screen = gui.awaitScreen(150, 110, TestClips.grey(0));
            assertThat(screen.getWidth()).isEqualTo(480);
            assertThat(screen.getHeight()).isEqualTo(360);
            assertThat(gui.onScreen(screen, 5, 5)).isEqualTo(RED);
            assertThat(gui.onScreen(screen, 79, 59)).isEqualTo(RED);
            assertThat(gui.onScreen(screen, 80, 59)).isEqualTo(GREEN);
            assertThat(gui.onScreen(screen, 40, 100)).isEqualTo(BLUE);
            assertThat(gui.onScreen(screen, 150, 110)).isEqualTo(TestClips.grey(0));
            // the edge between two blocks falls between two screen pixels: no blur
            assertThat(screen.getRGB(239, 10) & 0xFFFFFF).isEqualTo(RED);
            assertThat(screen.getRGB(240, 10) & 0xFFFFFF).isEqualTo(GREEN);

            gui.show(7, false);
            gui.awaitScreen(150, 110, TestClips.grey(7));
            assertThat(Gui.onEdt(gui.window::timeText)).contains("t=0.700 s").contains("frame 8/20");
        }
    }

    @Test
    void aClickPrintsTheClipPixelItsTimeAndColour() throws Exception {
        try (Gui gui = Gui.open(TestClips.blocks())) {
            gui.show(5, false);
            gui.click(30, 20);
            gui.awaitPrinted(1);
            gui.click(140, 100);
            List<String> lines = gui.awaitPrinted(2);
            // Under a bare X server the window can land a pixel or two away from where AWT believes it is, so the
            // pointer is allowed that much slack; what is printed must still be that pixel's own time and colour.
            assertPick(lines.get(0), 30, 20, "RGB (255, 0, 0) #FF0000");
            assertPick(lines.get(1), 140, 100, "RGB (70, 70, 70) #464646");
            assertThat(Gui.onEdt(gui.window::pickText)).contains("#464646");
        }
    }

    private static void assertPick(String line, int x, int y, String colour) {
        var m = java.util.regex.Pattern.compile("pixel x=(\\d+), y=(\\d+), t=0\\.500 s: (.*)").matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(x - 2, x + 2);
        assertThat(Integer.parseInt(m.group(2))).isBetween(y - 2, y + 2);
        assertThat(m.group(3)).isEqualTo(colour);
    }

    @Test
    void aDragPrintsTheCropAndTheJavaCall() throws Exception {
        try (Gui gui = Gui.open(TestClips.blocks())) {
            gui.drag(10, 20, 109, 69);
            assertThat(gui.awaitPrinted(2)).containsExactly(
                    "crop 100x50 at (10, 20): --crop 10,20,110,70",
                    "  Java: clip.crop(Crop.box(10, 20, 110, 70))");
            gui.drag(159, 119, 150, 100); // upwards and leftwards: the same kind of rectangle
            assertThat(gui.awaitPrinted(4).subList(2, 4)).containsExactly(
                    "crop 10x20 at (150, 100): --crop 150,100,160,120",
                    "  Java: clip.crop(Crop.box(150, 100, 160, 120))");
        }
    }

    @Test
    void keysPlayPauseAndStep() throws Exception {
        try (Gui gui = Gui.open(TestClips.blocks())) {
            gui.click(1, 1); // as a user would, and it gives the window the keyboard
            gui.key(KeyEvent.VK_RIGHT);
            gui.awaitShown(1, false);
            gui.key(KeyEvent.VK_RIGHT);
            gui.awaitShown(2, false);
            gui.key(KeyEvent.VK_LEFT);
            gui.awaitShown(1, false);
            gui.key(KeyEvent.VK_HOME);
            gui.awaitShown(0, false);
            gui.key(KeyEvent.VK_LEFT);
            gui.awaitShown(19, false); // stepping wraps around, as playback loops
            gui.awaitScreen(150, 110, TestClips.grey(19));
            assertThat(gui.pending()).as("paused: no frame is due").isEmpty();

            gui.key(KeyEvent.VK_SPACE);
            Gui.await("playing", () -> Gui.onEdt(gui.window::playing));
            assertThat(Gui.onEdt(gui.window::playButtonText)).isEqualTo("Pause");
            for (int next : new int[] {0, 1, 2, 3}) { // playback loops on from the last frame
                gui.advance(FRAME);
                gui.awaitShown(next, false);
            }
            gui.awaitScreen(150, 110, TestClips.grey(3));

            gui.key(KeyEvent.VK_SPACE);
            Gui.await("paused", () -> !Gui.onEdt(gui.window::playing));
            assertThat(Gui.onEdt(gui.window::playButtonText)).isEqualTo("Play");
            assertThat(gui.pending()).as("paused: no frame is due").isEmpty();
            gui.advance(3 * FRAME);
            assertThat(gui.shownIndex()).isEqualTo(3);
        }
    }

    @Test
    void playsAtTheClipsFrameRate() throws Exception {
        try (Gui gui = Gui.open(TestClips.blocks(), GifExport.defaults(), true)) {
            assertThat(gui.shownIndex()).isZero();
            for (int next = 1; next <= 12; next++) {
                gui.advance(FRAME - 1);
                assertThat(gui.shownIndex()).as("a nanosecond before frame %d is due", next).isEqualTo(next - 1);
                gui.advance(1);
                gui.awaitShown(next, false);
                // each frame is due one period (1/10 s) after the one before, however late the loader delivered it
                long shownAt = Gui.onEdt(gui.clock::nanos);
                assertThat(gui.pending()).hasValue(shownAt + FRAME);
            }
            gui.awaitScreen(150, 110, TestClips.grey(12));
            assertThat(Gui.onEdt(gui.window::timeText)).contains("t=1.200 s").contains("frame 13/20");
        }
    }

    @Test
    void asGifShowsTheDitheredPaletteOfAGradient() throws Exception {
        try (Gui gui = Gui.open(TestClips.gradient())) {
            BufferedImage before = gui.awaitScreen(100, 50, 0x6486CD);
            gui.key(KeyEvent.VK_G);
            gui.awaitShown(0, true);
            int pixels = before.getWidth() * before.getHeight();
            // palette reduction changes many pixels
            gui.awaitScreen("the dithered frame", shot -> differing(before, shot) > pixels / 10);
            // the source pixels still read the same, with the GIF's colour beside them
            gui.click(100, 50);
            assertThat(gui.awaitPrinted(1).get(0)).startsWith("pixel x=100, y=50, t=0.000 s: RGB (100, 134, 205) #6486CD; as GIF #");
            gui.key(KeyEvent.VK_G);
            gui.awaitShown(0, false);
            gui.awaitScreen("the source frame again", shot -> differing(before, shot) == 0);
        }
    }

    @Test
    void asGifChangesNothingInAFrameOfFewColours() throws Exception {
        try (Gui gui = Gui.open(TestClips.blocks(), GifExport.defaults().withColors(8), false)) {
            BufferedImage before = gui.awaitScreen(150, 110, TestClips.grey(0));
            gui.show(0, true);
            Picture shown = Gui.onEdt(gui.window::shown);
            assertThat(shown.asGif()).isTrue();
            assertThat(shown.shown()).as("decoded from a GIF").isNotSameAs(shown.source());
            assertThat(differing(shown.source(), shown.shown())).isZero();
            assertThat(differing(before, gui.screenshot())).isZero();
        }
    }

    @Test
    void fewerColoursShowFewerColours() throws Exception {
        try (Gui gui = Gui.open(TestClips.gradient(), GifExport.defaults().withColors(4), false)) {
            gui.show(0, true);
            gui.awaitScreen("at most 4 colours", screen -> java.util.Arrays.stream(screen.getRGB(0, 0, screen.getWidth(),
                    screen.getHeight(), null, 0, screen.getWidth())).distinct().count() <= 4);
        }
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
