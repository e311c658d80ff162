package dev.jiffy.preview;

import dev.jiffy.clip.Rect;
import java.util.Locale;
import java.util.function.Consumer;

/** Picks as text lines: what {@link PreviewListener#printing} gives. */
final class PickPrinter implements PreviewListener {
    private final Consumer<String> lines;
    private final VideoMapping video;

    PickPrinter(Consumer<String> lines, VideoMapping video) {
        this.lines = lines;
        this.video = video;
    }

    @Override
    public void pixel(PixelPick p) {
        lines.accept(describe(p, video));
    }

    @Override
    public void region(RegionPick pick) {
        for (String line : describe(pick, video)) {
            lines.accept(line);
        }
    }

    static String describe(PixelPick p, VideoMapping video) {
        StringBuilder s = new StringBuilder();
        s.append("pixel x=").append(p.x()).append(", y=").append(p.y()).append(", t=").append(seconds(p.time()))
                .append(": ").append(colour(p.argb()));
        p.gifArgb().ifPresent(g -> s.append("; as GIF ").append((g >>> 24) == 0 ? "transparent" : hex(g)));
        if (!video.isIdentity()) {
            s.append(" (in the video: x=").append(video.videoX(p.x())).append(", y=").append(video.videoY(p.y()))
                    .append(", t=").append(seconds(video.videoTime(p.time()))).append(')');
        }
        return s.toString();
    }

    static String[] describe(RegionPick pick, VideoMapping video) {
        Rect r = pick.rect();
        String crop = "--crop " + video.videoEdgeX(r.x1()) + "," + video.videoEdgeY(r.y1()) + ","
                + video.videoEdgeX(r.x2()) + "," + video.videoEdgeY(r.y2());
        String java = "clip.crop(Crop.box(" + r.x1() + ", " + r.y1() + ", " + r.x2() + ", " + r.y2() + "))";
        return new String[] {
            "crop " + r.width() + "x" + r.height() + " at (" + r.x1() + ", " + r.y1() + "): " + crop
                    + (video.isIdentity() ? "" : "  (in the video's pixels)"),
            "  Java: " + java
        };
    }

    /** {@code RGB (255, 128, 0) #FF8000}, with the alpha when the pixel is not opaque. */
    static String colour(int argb) {
        int a = argb >>> 24;
        String rgb = String.format(Locale.ROOT, "RGB (%d, %d, %d) %s", (argb >> 16) & 0xFF, (argb >> 8) & 0xFF,
                argb & 0xFF, hex(argb));
        return a == 0xFF ? rgb : rgb + ", alpha " + a;
    }

    static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
    }

    static String seconds(double t) {
        return String.format(Locale.ROOT, "%.3f s", t);
    }
}
