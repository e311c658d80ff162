package dev.jiffy.preview;

import dev.jiffy.JiffyException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Rect;
import dev.jiffy.gif.GifOptions;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Action;
import javax.swing.Icon;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The preview window: a view over a {@link Player}, which decides what plays when. Everything here runs on the Swing
 * event thread, except {@link #awaitClosed}; frames come from a {@link FrameLoader} thread through the
 * {@link PictureCache}, and the player hears of each as it arrives.
 */
final class PreviewWindow {
    /** Small clips are enlarged (by whole multiples) to about this width, so their pixels can be clicked. */
    private static final int COMFORTABLE_WIDTH = 480;

    private final Timing timing;
    private final PreviewListener listener;
    private final PictureCache cache = PictureCache.sized();
    private final FrameLoader loader;
    private final JFrame frame;
    private final PicturePanel picture;
    private final JSlider slider;
    private final JButton playButton;
    private final JCheckBox asGifBox;
    private final JLabel timeLabel;
    private final JLabel pickLabel;
    private final Player player;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Throwable failure;

    private boolean movingSlider;

    /** Builds and shows the window, playing on {@code clock} if {@code play}; call on the event thread. */
    PreviewWindow(Clip clip, Timing timing, GifOptions gif, PreviewListener listener, PlayerClock clock, boolean play) {
        this.timing = timing;
        this.listener = listener;
        this.loader = new FrameLoader(clip, timing, gif, cache, new FrameLoader.Listener() {
            @Override
            public void loaded(Picture p) {
                SwingUtilities.invokeLater(() -> player.arrived(p));
            }

            @Override
            public void failed(int index, Throwable error) {
                SwingUtilities.invokeLater(() -> PreviewWindow.this.failed(index, error));
            }
        });

        player = new Player(timing, clock, new Player.Frames() {
            @Override
            public Picture get(int index, boolean asGif) {
                return cache.get(index, asGif);
            }

            @Override
            public void request(int index, boolean asGif) {
                loader.focus(index, asGif);
            }
        }, this::display); // shows nothing until seek(0) below, when the window is built

        frame = new JFrame(title(clip, timing));
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        picture = new PicturePanel(clip.size(), initialZoom(clip), new PicturePanel.Picks() {
            @Override
            public void pixel(int x, int y) {
                pickedPixel(x, y);
            }

            @Override
            public void region(Rect rect) {
                pickedRegion(rect);
            }
        });

        slider = new JSlider(0, timing.count() - 1, 0);
        slider.setFocusable(false);
        slider.addChangeListener(e -> {
            if (movingSlider) {
                return; // the player moved it
            }
            if (slider.getValueIsAdjusting()) {
                player.scrub(slider.getValue());
            } else {
                player.seek(slider.getValue());
            }
        });

        Action toggle = action("Pause", e -> control(Player::toggle));
        Action back = action("<", e -> control(p -> p.step(-1)));
        Action forward = action(">", e -> control(p -> p.step(1)));
        Action gifView = action("As GIF", e -> setAsGif(!player.asGif()));
        Action first = action("first", e -> control(p -> {
            p.pause();
            p.seek(0);
        }));
        Action last = action("last", e -> control(p -> {
            p.pause();
            p.seek(timing.count() - 1);
        }));
        Action unselect = action("unselect", e -> picture.clearSelection());

        playButton = button(toggle, "Play or pause (space)");
        asGifBox = new JCheckBox("As GIF");
        asGifBox.setFocusable(false);
        asGifBox.setToolTipText("Show the frames as the GIF will: palette reduced and dithered (G)");
        asGifBox.addActionListener(e -> setAsGif(asGifBox.isSelected()));
        timeLabel = new JLabel();
        timeLabel.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        pickLabel = new JLabel("Click a pixel for its position and colour; drag a rectangle for a crop.");

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        buttons.add(button(back, "Previous frame (left arrow)"));
        buttons.add(playButton);
        buttons.add(button(forward, "Next frame (right arrow)"));
        buttons.add(asGifBox);
        JPanel row = new JPanel(new BorderLayout(12, 0));
        row.add(buttons, BorderLayout.WEST);
        row.add(timeLabel, BorderLayout.EAST);
        pickLabel.setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));
        timeLabel.setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 6));
        JPanel controls = new JPanel(new BorderLayout());
        controls.add(slider, BorderLayout.NORTH);
        controls.add(row, BorderLayout.CENTER);
        controls.add(pickLabel, BorderLayout.SOUTH);

        JPanel centre = new JPanel(new BorderLayout());
        centre.setBackground(picture.getBackground());
        centre.add(picture, BorderLayout.CENTER);
        frame.getContentPane().add(centre, BorderLayout.CENTER);
        frame.getContentPane().add(controls, BorderLayout.SOUTH);

        JComponent root = frame.getRootPane();
        InputMap keys = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        bind(root, keys, KeyEvent.VK_SPACE, "play", toggle);
        bind(root, keys, KeyEvent.VK_LEFT, "back", back);
        bind(root, keys, KeyEvent.VK_RIGHT, "forward", forward);
        bind(root, keys, KeyEvent.VK_G, "gif", gifView);
        bind(root, keys, KeyEvent.VK_HOME, "first", first);
        bind(root, keys, KeyEvent.VK_END, "last", last);
        bind(root, keys, KeyEvent.VK_ESCAPE, "unselect", unselect);

        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                player.stop(); // nothing plays or re-arms the clock after this
                loader.stop();
                closed.countDown();
            }
        });
        player.seek(0);
        if (play) {
            player.play();
        }
        updateLabels(0);
        updatePlayButton();

        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        picture.requestFocusInWindow();
        loader.start();
    }

    // ---- the view of the player ----

    /** Runs a user's command on the player, then shows whether it plays. */
    private void control(Consumer<Player> command) {
        command.accept(player);
        updatePlayButton();
    }

    void setAsGif(boolean on) {
        asGifBox.setSelected(on);
        player.showAsGif(on);
    }

    /** Puts the player's frame on screen. */
    private void display(Picture p) {
        picture.setImage(p.shown());
        movingSlider = true;
        try {
            slider.setValue(p.index());
        } finally {
            movingSlider = false;
        }
        updateLabels(p.index());
    }

    // ---- picks ----

    private void pickedPixel(int x, int y) {
        Picture shown = player.shown();
        if (shown == null) {
            return;
        }
        int argb = shown.source().getRGB(x, y);
        OptionalInt gif = shown.asGif() ? OptionalInt.of(shown.shown().getRGB(x, y)) : OptionalInt.empty();
        PixelPick pick = new PixelPick(x, y, timing.timeOf(shown.index()), shown.index(), argb, gif);
        pickLabel.setForeground(Color.BLACK);
        pickLabel.setIcon(new Swatch(argb));
        pickLabel.setText(PickPrinter.describe(pick, VideoMapping.identity()).substring("pixel ".length()));
        listener.pixel(pick);
    }

    private void pickedRegion(Rect rect) {
        Picture shown = player.shown();
        double t = shown == null ? 0 : timing.timeOf(shown.index());
        pickLabel.setForeground(Color.BLACK);
        pickLabel.setIcon(null);
        pickLabel.setText("crop " + rect.width() + "x" + rect.height() + ": clip.crop(Crop.box(" + rect.x1() + ", "
                + rect.y1() + ", " + rect.x2() + ", " + rect.y2() + "))  (Esc clears)");
        listener.region(new RegionPick(rect, t));
    }

    // ---- failure and closing ----

    private void failed(int index, Throwable error) {
        if (failure == null) {
            failure = error;
        }
        control(Player::stop);
        pickLabel.setIcon(null);
        pickLabel.setForeground(new Color(0xB00020));
        pickLabel.setText("cannot show frame " + (index + 1) + " (t=" + PickPrinter.seconds(timing.timeOf(index))
                + "): " + (error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    /**
     * Waits until the window is closed and the loader has stopped (so the clip may be closed), then reports a frame
     * the clip failed to give. Call off the event thread.
     */
    void awaitClosed() {
        try {
            closed.await();
            loader.close();
        } catch (InterruptedException e) {
            SwingUtilities.invokeLater(frame::dispose);
            loader.stop();
            Thread.currentThread().interrupt();
            throw new JiffyException("the preview was interrupted");
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Closes the window as its close button would. */
    void close() {
        frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING));
    }

    boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }

    // ---- for tests (event thread) ----

    JFrame frame() {
        return frame;
    }

    PicturePanel picture() {
        return picture;
    }

    /** The frame on screen and whether it is the GIF view, or null before the first. */
    Picture shown() {
        return player.shown();
    }

    boolean playing() {
        return player.playing();
    }

    String timeText() {
        return timeLabel.getText();
    }

    String playButtonText() {
        return playButton.getText();
    }

    String pickText() {
        return pickLabel.getText();
    }

    void goToFrame(int index) {
        player.seek(index);
    }

    // ---- layout and labels ----

    private void updateLabels(int index) {
        timeLabel.setText(String.format(Locale.ROOT, "t=%.3f s of %.3f s  frame %d/%d", timing.timeOf(index),
                timing.duration(), index + 1, timing.count()));
    }

    private void updatePlayButton() {
        playButton.setText(player.playing() ? "Pause" : "Play");
    }

    private static String title(Clip clip, Timing timing) {
        return "Jiffy preview: " + clip.size() + ", " + timing.fps() + " fps"
                + (timing.fpsGuessed() ? " (the clip has no frame rate)" : "") + ", "
                + String.format(Locale.ROOT, "%.3f s", timing.duration());
    }

    /** Whole multiples to enlarge small clips to a comfortable size; a fraction to fit large ones on the screen. */
    private static double initialZoom(Clip clip) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        double fit = Math.min(0.9 * screen.width / clip.width(), (0.85 * screen.height - 120) / clip.height());
        if (fit < 1) {
            return Math.max(fit, 0.05);
        }
        double comfortable = Math.max(1, Math.floor((double) COMFORTABLE_WIDTH / clip.width()));
        return Math.min(comfortable, Math.floor(fit));
    }

    private static Action action(String name, java.util.function.Consumer<ActionEvent> body) {
        return new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                body.accept(e);
            }
        };
    }

    private static JButton button(Action action, String tip) {
        JButton b = new JButton(action);
        b.setFocusable(false);
        b.setToolTipText(tip);
        return b;
    }

    private static void bind(JComponent root, InputMap keys, int key, String name, Action action) {
        keys.put(KeyStroke.getKeyStroke(key, 0), name);
        root.getActionMap().put(name, action);
    }

    /** A small square of one colour, beside a picked pixel's description. */
    private record Swatch(int argb) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(new Color(argb, true));
            g.fillRect(x, y, getIconWidth(), getIconHeight());
            g.setColor(Color.GRAY);
            g.drawRect(x, y, getIconWidth() - 1, getIconHeight() - 1);
        }

        @Override
        public int getIconWidth() {
            return 14;
        }

        @Override
        public int getIconHeight() {
            return 14;
        }
    }
}
