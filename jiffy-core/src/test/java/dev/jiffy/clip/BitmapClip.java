package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A test clip made of tiny ASCII pictures, as MoviePy's {@code BitmapClip}: {@code BitmapClip.of(1, "RRG\nRRG",
 * "GGB\nGGB")} is a 3x2 clip of two frames, one second each. Frame i shows from i/fps until (i+1)/fps; the last one
 * also at the end instant. {@link #toAscii(Frame)} turns frames back into pictures so that failures read well.
 *
 * <p>Legend (0xAARRGGBB): {@code R} red, {@code G} green, {@code B} blue, {@code W} white, {@code K} black, {@code Y}
 * yellow, {@code C} cyan, {@code M} magenta, {@code O} orange 0xFFFF8000, {@code H} half grey 0xFF808080,
 * {@code .} transparent 0x00000000.
 */
public final class BitmapClip implements Clip {
    /** The colours each letter stands for. */
    public static final Map<Character, Integer> LEGEND = Map.ofEntries(
            Map.entry('R', 0xFFFF0000), Map.entry('G', 0xFF00FF00), Map.entry('B', 0xFF0000FF),
            Map.entry('W', 0xFFFFFFFF), Map.entry('K', 0xFF000000), Map.entry('Y', 0xFFFFFF00),
            Map.entry('C', 0xFF00FFFF), Map.entry('M', 0xFFFF00FF), Map.entry('O', 0xFFFF8000),
            Map.entry('H', 0xFF808080), Map.entry('.', 0x00000000));

    private final FrameRate fps;
    private final List<Frame> frames;
    private final Size size;

    private BitmapClip(FrameRate fps, List<Frame> frames) {
        this.fps = fps;
        this.frames = List.copyOf(frames);
        this.size = frames.get(0).size();
        for (int i = 0; i < frames.size(); i++) {
            if (!frames.get(i).size().equals(size)) {
                throw new IllegalArgumentException("bitmap frame " + i + " is " + frames.get(i).size()
                        + " but frame 0 is " + size);
            }
        }
    }

    /** A clip of the pictures, one every 1/fps seconds. */
    public static BitmapClip of(double fps, String... pictures) {
        if (pictures.length == 0) {
            throw new IllegalArgumentException("a bitmap clip needs at least one picture");
        }
        List<Frame> frames = new ArrayList<>();
        for (String p : pictures) {
            frames.add(frame(p));
        }
        return new BitmapClip(FrameRate.of(fps), frames);
    }

    /** A clip of frames made some other way (for colours outside the legend), one every 1/fps seconds. */
    public static BitmapClip of(double fps, Frame... frames) {
        if (frames.length == 0) {
            throw new IllegalArgumentException("a bitmap clip needs at least one frame");
        }
        return new BitmapClip(FrameRate.of(fps), List.of(frames));
    }

    /** One picture: rows separated by newlines, one legend letter per pixel. */
    public static Frame frame(String picture) {
        String[] rows = picture.split("\n", -1);
        int w = rows[0].length();
        int[] px = new int[w * rows.length];
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length() != w) {
                throw new IllegalArgumentException("row " + y + " of the bitmap has " + rows[y].length()
                        + " pixels but row 0 has " + w + ":\n" + picture);
            }
            for (int x = 0; x < w; x++) {
                Integer c = LEGEND.get(rows[y].charAt(x));
                if (c == null) {
                    throw new IllegalArgumentException("'" + rows[y].charAt(x) + "' is not in the bitmap legend "
                            + LEGEND.keySet());
                }
                px[y * w + x] = c;
            }
        }
        return Frame.wrap(w, rows.length, px);
    }

    /**
     * The frame as a picture: legend letters when every pixel is in the legend, otherwise every pixel as AARRGGBB hex
     * separated by spaces.
     */
    public static String toAscii(Frame frame) {
        Map<Integer, Character> letters = new java.util.HashMap<>();
        LEGEND.forEach((k, v) -> letters.put(v, k));
        int[] px = frame.toArgbArray();
        boolean allLetters = true;
        for (int p : px) {
            allLetters &= letters.containsKey(p);
        }
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < frame.height(); y++) {
            if (y > 0) {
                s.append('\n');
            }
            for (int x = 0; x < frame.width(); x++) {
                int p = px[y * frame.width() + x];
                if (allLetters) {
                    s.append(letters.get(p));
                } else {
                    s.append(x > 0 ? " " : "").append(String.format(Locale.ROOT, "%08X", p));
                }
            }
        }
        return s.toString();
    }

    /** Every frame of {@code clip} sampled at {@code fps} (i/fps for i below the frame count), as pictures. */
    public static List<String> toAscii(Clip clip, double fps) {
        return toAscii(clip, FrameRate.of(fps));
    }

    /** Every frame of {@code clip} sampled at its own frame rate. */
    public static List<String> toAscii(Clip clip) {
        return toAscii(clip, clip.fps().orElseThrow(() -> new IllegalArgumentException("the clip has no fps")));
    }

    private static List<String> toAscii(Clip clip, FrameRate rate) {
        int n = Timeline.frameCount(clip.duration(), rate);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(toAscii(clip.frame(rate.timeOf(i))));
        }
        return out;
    }

    public int frameCount() {
        return frames.size();
    }

    @Override
    public double duration() {
        return fps.timeOf(frames.size());
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public Optional<FrameRate> fps() {
        return Optional.of(fps);
    }

    @Override
    public Frame frame(double t) {
        double local = Timeline.requireInClip(t, duration());
        return frames.get((int) Math.min(frames.size() - 1, fps.indexAt(local)));
    }
}
