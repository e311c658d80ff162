package dev.jiffy.studio;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.clip.Rect;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.ByteSize;
import dev.jiffy.render.FitListener;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.RenderResult;
import dev.jiffy.render.SizeFit;
import dev.jiffy.render.SizeFitException;
import dev.jiffy.render.SizePreset;
import java.math.BigDecimal;
import java.nio.file.Path;
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
 * @param caption text drawn over the GIF; empty for none
 * @param style   how the caption looks and where it is
 * @param effects loops and effects, applied before the caption
 * @param quality 1..100, as {@code --quality}; empty for the default, or, with a target, for the search's choice
 * @param target  a size to land under: an upload limit by name ({@code discord}) or a size ({@code 8MB}); empty for
 *                none
 */
record Settings(double from, double to, Optional<Rect> crop, OptionalInt width, OptionalDouble fps, double speed,
                String caption, CaptionSettings style, Effects effects, OptionalInt quality, Optional<String> target) {

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
        if (quality.isPresent() && (quality.getAsInt() < 1 || quality.getAsInt() > 100)) {
            throw new IllegalArgumentException("the quality must be 1-100, got " + quality.getAsInt());
        }
        caption = caption.strip();
        target = target.map(String::strip).filter(t -> !t.isEmpty());
        target.ifPresent(Settings::limitOf);   // a bad target is said now, not after the encode
    }

    /**
     * The settings a request's parameters give: from, to, crop (x1,y1,x2,y2), width, fps, speed, text, quality,
     * target.
     */
    static Settings of(Map<String, String> query) {
        Params p = new Params(query);
        Optional<Rect> crop = p.optionalBox("crop", "crop", "x1,y1,x2,y2 in the video's pixels");
        return new Settings(p.number("from"), p.number("to"), crop, p.optionalWhole("width"), p.optionalNumber("fps"),
                p.optionalNumber("speed").orElse(1), p.text("text").orElse(""), CaptionSettings.of(p), Effects.of(p),
                p.optionalWhole("quality"), p.text("target"));
    }

    /**
     * The video cut, cropped, scaled, sped up, with its effects, and captioned, as {@code jiffy make} does it;
     * {@code listener} hears warnings (a background removal's: the camera seems to move).
     */
    Clip clip(Clip video, RenderListener listener) {
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
        Clip clip = effects.apply(excerpt.withSpeed(speed).clip(), listener);
        if (!caption.isEmpty()) {
            clip = style.over(clip, caption);
        }
        return clip;
    }

    /** How the GIF is encoded, with {@code listener} hearing (and able to stop) the render. */
    GifExport export(RenderListener listener) {
        GifExport export = GifExport.defaults().withListener(listener);
        if (quality.isPresent()) {
            export = export.withQuality(quality.getAsInt());
        }
        return fps.isPresent() ? export.withFps(fps.getAsDouble()) : export;
    }

    /**
     * Writes {@code clip} to {@code gif} as {@code jiffy make} would with these settings: under the target by the
     * library's size search when there is one ({@code tries} hears each try), else in one encode.
     */
    RenderResult write(Clip clip, Path gif, RenderListener listener, FitListener tries) {
        GifExport export = export(listener);
        if (target.isEmpty()) {
            return clip.writeGif(gif, export);
        }
        ByteSize limit = limitOf(target.get());
        // As make's --target: an explicit quality is where the search starts and the most it may use.
        SizeFit fit = SizeFit.under(limit).withListener(tries);
        if (quality.isPresent()) {
            fit = fit.withQuality(quality.getAsInt());
        }
        try {
            return fit.write(clip, gif, export).result();
        } catch (SizeFitException e) {
            throw new IllegalArgumentException("cannot fit under " + e.limit() + ": the smallest try (" + e.smallest()
                    + ") is still too big; choose a shorter part, a smaller width, or a larger size");
        }
    }

    /** The limit a target names: an upload limit by name ({@code discord}) or a size ({@code 8MB}, {@code 500KB}). */
    static ByteSize limitOf(String target) {
        Optional<SizePreset> preset = SizePreset.find(target);
        if (preset.isPresent()) {
            return preset.get().limit();
        }
        try {
            return ByteSize.parse(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the size target '" + target + "' is neither a size (8MB, 500KB) nor "
                    + "an upload limit (" + SizePreset.listing() + ")");
        }
    }

    /** The {@code jiffy make} arguments that give the same GIF: {@code [make, VIDEO, --from, ...]}. */
    List<String> makeCommand(String video, String gif) {
        List<String> args = new ArrayList<>(List.of("make", video, "--from", plain(from), "--to", plain(to)));
        crop.ifPresent(r -> args.addAll(List.of("--crop", r.x1() + "," + r.y1() + "," + r.x2() + "," + r.y2())));
        width.ifPresent(w -> args.addAll(List.of("--width", String.valueOf(w))));
        if (speed != 1) {
            args.addAll(List.of("--speed", plain(speed)));
        }
        args.addAll(effects.makeOptions());
        if (!caption.isEmpty()) {
            // make reads \n in --text as a line break; the caption's own backslashes are left as typed.
            args.addAll(List.of("--text", caption.replace("\n", "\\n")));
            args.addAll(style.makeOptions());
        }
        fps.ifPresent(f -> args.addAll(List.of("--fps", plain(f))));
        quality.ifPresent(q -> args.addAll(List.of("--quality", String.valueOf(q))));
        target.ifPresent(t -> args.addAll(SizePreset.find(t).isPresent() ? List.of("--target", t)
                : List.of("--max-size", t)));
        args.addAll(List.of("-o", gif));
        return args;
    }

    /** A number as the shortest decimal that reads back as the same double, never in exponent form. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
