package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.clip.Rect;
import dev.jiffy.gif.GifQuality;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import dev.jiffy.text.Caption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the page has chosen for a GIF: the part of the video, the crop, the width, frame rate, speed, caption and
 * quality. Built as {@code jiffy make} builds it (the library's {@link Excerpt}, then the {@link Caption}), so the
 * page's export and the command it shows ({@link #makeCommand}) give the same bytes.
 *
 * @param from    start, seconds in the video
 * @param to      end, seconds in the video (after {@code from})
 * @param crop    the rectangle kept, in the video's pixels; empty for the whole frame
 * @param width   the GIF's width in pixels (height kept in proportion); empty for the cropped width
 * @param fps     frames per second of the GIF; empty for the video's (at most 50)
 * @param speed   how many times faster than the video it plays
 * @param caption text drawn at the bottom; empty for none
 * @param quality 1..100, as {@code --quality}
 */
record Settings(double from, double to, Optional<Rect> crop, OptionalInt width, OptionalDouble fps, double speed,
                String caption, int quality) {

    Settings {
        if (!(from >= 0) || !(to > from)) {
            throw new IllegalArgumentException("the out point (" + plain(to) + " s) must be after the in point ("
                    + plain(from) + " s), both at 0 s or later");
        }
        if (width.isPresent() && width.getAsInt() < 1) {
            throw new IllegalArgumentException("the width must be at least 1 pixel, got " + width.getAsInt());
        }
        if (fps.isPresent() && !(fps.getAsDouble() > 0)) {
            throw new IllegalArgumentException("the frame rate must be above 0, got " + fps.getAsDouble());
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the speed must be a number above 0 (0.5 = half speed), got " + speed);
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("the quality must be 1-100, got " + quality);
        }
        caption = caption.strip();
    }

    /** All of a {@code duration}-second video, as it is, at the default quality. */
    static Settings whole(double duration) {
        return new Settings(0, duration, Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), 1, "",
                GifQuality.DEFAULT);
    }

    /** The settings a request's parameters give: from, to, crop (x1,y1,x2,y2), width, fps, speed, text, quality. */
    static Settings of(Map<String, String> p) {
        Optional<Rect> crop = Optional.ofNullable(p.get("crop")).filter(s -> !s.isBlank()).map(Settings::box);
        OptionalInt width = p.containsKey("width") && !p.get("width").isBlank()
                ? OptionalInt.of(whole(p.get("width"), "width")) : OptionalInt.empty();
        OptionalDouble fps = p.containsKey("fps") && !p.get("fps").isBlank()
                ? OptionalDouble.of(number(p.get("fps"), "fps")) : OptionalDouble.empty();
        return new Settings(number(required(p, "from"), "from"), number(required(p, "to"), "to"), crop, width, fps,
                p.containsKey("speed") ? number(p.get("speed"), "speed") : 1, p.getOrDefault("text", ""),
                p.containsKey("quality") ? whole(p.get("quality"), "quality") : GifQuality.DEFAULT);
    }

    /** The video cut, cropped, scaled, sped up and captioned, as {@code jiffy make} does it. */
    Clip clip(Clip video) {
        if (to > video.duration() + 1e-6) {
            throw new IllegalArgumentException("the out point " + plain(to) + " s is past the end of the video ("
                    + plain(video.duration()) + " s)");
        }
        Excerpt excerpt = Excerpt.of(video).withTimes(from, to);
        if (crop.isPresent()) {
            Rect r = crop.get();
            excerpt = excerpt.withCrop(Crop.box(r.x1(), r.y1(), r.x2(), r.y2()));
        }
        if (width.isPresent()) {
            excerpt = excerpt.withWidth(width.getAsInt());
        }
        Clip clip = excerpt.withSpeed(speed).clip();
        if (!caption.isEmpty()) {
            clip = Caption.of(caption, clip.size()).over(clip, 0, clip.duration());
        }
        return clip;
    }

    /** How the GIF is encoded, with {@code listener} hearing (and able to stop) the render. */
    GifExport export(RenderListener listener) {
        GifExport export = GifExport.defaults().withListener(listener);
        export = export.withGif(export.gif().withQuality(quality));
        return fps.isPresent() ? export.withFps(fps.getAsDouble()) : export;
    }

    /** The {@code jiffy make} arguments that give the same GIF: {@code [make, VIDEO, --from, ...]}. */
    List<String> makeCommand(String video, String gif) {
        List<String> args = new ArrayList<>(List.of("make", video, "--from", plain(from), "--to", plain(to)));
        crop.ifPresent(r -> args.addAll(List.of("--crop", r.x1() + "," + r.y1() + "," + r.x2() + "," + r.y2())));
        width.ifPresent(w -> args.addAll(List.of("--width", String.valueOf(w))));
        if (speed != 1) {
            args.addAll(List.of("--speed", plain(speed)));
        }
        if (!caption.isEmpty()) {
            // make reads \n in --text as a line break; the caption's own backslashes are left as typed.
            args.addAll(List.of("--text", caption.replace("\n", "\\n")));
        }
        fps.ifPresent(f -> args.addAll(List.of("--fps", plain(f))));
        args.addAll(List.of("--quality", String.valueOf(quality), "-o", gif));
        return args;
    }

    /** A number as the shortest decimal that reads back as the same double, never in exponent form. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Rect box(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("the crop '" + text + "' is not x1,y1,x2,y2 in the video's pixels");
        }
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            v[i] = whole(parts[i], "crop");
        }
        return new Rect(v[0], v[1], v[2], v[3]);
    }

    private static String required(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("the request has no '" + name + "'");
        }
        return v;
    }

    private static double number(String text, String what) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("the " + what + " '" + text + "' is not a number");
    }

    private static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " '" + text + "' is not a whole number");
        }
    }
}
