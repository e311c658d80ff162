package dev.jiffy.preview;

import dev.jiffy.clip.Rect;
import dev.jiffy.image.Size;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Paints the current picture zoomed to fit (whole multiples when enlarging, so pixels stay square and sharp), over a
 * checkerboard where it is transparent, and turns mouse clicks and drags into the clip's pixel coordinates.
 */
final class PicturePanel extends JComponent {
    /** How far (screen pixels) the mouse must move while pressed to draw a rectangle rather than click. */
    private static final int DRAG_THRESHOLD = 3;

    interface Picks {
        void pixel(int x, int y);

        void region(Rect rect);
    }

    private final int width;
    private final int height;
    private final Picks picks;
    private final TexturePaint checkerboard = checkerboard();
    private BufferedImage image;
    private Rect selection;
    private Point pressed;
    private Point pressedAt;
    private boolean dragging;

    PicturePanel(Size size, double zoom, Picks picks) {
        this.width = size.width();
        this.height = size.height();
        this.picks = picks;
        setPreferredSize(new Dimension((int) Math.round(width * zoom), (int) Math.round(height * zoom)));
        setOpaque(true);
        setBackground(new Color(0x30, 0x30, 0x30));
        setFocusable(true);
        setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                PicturePanel.this.mousePressed(e);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                PicturePanel.this.mouseDragged(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                PicturePanel.this.mouseReleased(e);
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    void setImage(BufferedImage image) {
        this.image = image;
        repaint();
    }

    void clearSelection() {
        selection = null;
        repaint();
    }

    /** Screen pixels per clip pixel. */
    double scale() {
        double s = Math.min((double) getWidth() / width, (double) getHeight() / height);
        return s >= 1 ? Math.floor(s) : s;
    }

    /** Where the picture is drawn, in this panel's coordinates. */
    Rectangle pictureBounds() {
        double s = scale();
        int w = (int) Math.round(width * s);
        int h = (int) Math.round(height * s);
        return new Rectangle((getWidth() - w) / 2, (getHeight() - h) / 2, w, h);
    }

    /** The panel point at the centre of the clip's pixel (x, y). */
    Point centreOf(int x, int y) {
        Rectangle r = pictureBounds();
        double s = scale();
        return new Point(r.x + (int) Math.floor((x + 0.5) * s), r.y + (int) Math.floor((y + 0.5) * s));
    }

    /** The clip pixel under panel point p; null outside the picture unless {@code clamp}, which pulls it to the edge. */
    Point pixelAt(Point p, boolean clamp) {
        Rectangle r = pictureBounds();
        double s = scale();
        int x = (int) Math.floor((p.x - r.x) / s);
        int y = (int) Math.floor((p.y - r.y) / s);
        if (clamp) {
            return new Point(Math.max(0, Math.min(width - 1, x)), Math.max(0, Math.min(height - 1, y)));
        }
        return x >= 0 && y >= 0 && x < width && y < height ? new Point(x, y) : null;
    }

    private void mousePressed(MouseEvent e) {
        requestFocusInWindow();
        pressed = SwingUtilities.isLeftMouseButton(e) ? pixelAt(e.getPoint(), false) : null;
        pressedAt = e.getPoint();
        dragging = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        if (!dragging && e.getPoint().distance(pressedAt) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (dragging) {
            selection = spanning(pressed, pixelAt(e.getPoint(), true));
            repaint();
        }
    }

    private void mouseReleased(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        Point start = pressed;
        pressed = null;
        if (dragging) {
            selection = spanning(start, pixelAt(e.getPoint(), true));
            repaint();
            picks.region(selection);
        } else {
            clearSelection();
            picks.pixel(start.x, start.y);
        }
    }

    /** The rectangle holding both pixels. */
    private static Rect spanning(Point a, Point b) {
        return new Rect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x) + 1, Math.max(a.y, b.y) + 1);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            Rectangle r = pictureBounds();
            if (image == null) {
                return;
            }
            g.setPaint(checkerboard);
            g.fill(r);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scale() >= 1
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, r.x, r.y, r.width, r.height, null);
            if (selection != null) {
                paintSelection(g, r);
            }
        } finally {
            g.dispose();
        }
    }

    private void paintSelection(Graphics2D g, Rectangle r) {
        double s = scale();
        int x = r.x + (int) Math.round(selection.x1() * s);
        int y = r.y + (int) Math.round(selection.y1() * s);
        int w = (int) Math.round(selection.width() * s) - 1;
        int h = (int) Math.round(selection.height() * s) - 1;
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.BLACK);
        g.drawRect(x, y, w, h);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {4, 4}, 0));
        g.setColor(Color.WHITE);
        g.drawRect(x, y, w, h);
    }

    private static TexturePaint checkerboard() {
        BufferedImage tile = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                tile.setRGB(x, y, ((x / 8) + (y / 8)) % 2 == 0 ? 0x999999 : 0x666666);
            }
        }
        return new TexturePaint(tile, new Rectangle(0, 0, 16, 16));
    }
}
