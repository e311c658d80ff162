package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Optional;

/** Synthetic clips whose frames say which source frame they are. */
public final class TestClips {
    private TestClips() {
    }

    /** Frame i (shown from i/fps) is filled with the colour {@link #colorOf(int)}. */
    public static Clip numbered(int width, int height, double fps, int frames) {
        FrameRate rate = FrameRate.of(fps);
        double duration = rate.timeOf(frames);
        return new Clip() {
            @Override
            public double duration() {
                return duration;
            }

            @Override
            public Size size() {
                return new Size(width, height);
            }

            @Override
            public Optional<FrameRate> fps() {
                return Optional.of(rate);
            }

            @Override
            public Frame frame(double t) {
                double local = Timeline.requireInClip(t, duration);
                int index = (int) Math.min(frames - 1, rate.indexAt(local));
                return Frame.filled(width, height, colorOf(index));
            }
        };
    }

    /** A colour that is different for every index below 4096 and far from its neighbours. */
    public static int colorOf(int index) {
        int r = (index * 37) & 0xFF;
        int g = (index * 101 + 64) & 0xFF;
        int b = (index * 13 + 128) & 0xFF;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** The index whose colour is {@code argb}, or -1. */
    public static int indexOf(int argb) {
        for (int i = 0; i < 4096; i++) {
            if (colorOf(i) == (argb | 0xFF000000)) {
                return i;
            }
        }
        return -1;
    }

    /** A still picture with gradients and edges, as a clip of {@code duration} seconds. */
    public static Clip picture(int width, int height, double duration) {
        int[] px = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / Math.max(1, width - 1);
                int g = y * 255 / Math.max(1, height - 1);
                int b = ((x / 8 + y / 8) & 1) * 200;
                px[y * width + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        Frame still = Frame.wrap(width, height, px);
        return new Clip() {
            @Override
            public double duration() {
                return duration;
            }

            @Override
            public Size size() {
                return new Size(width, height);
            }

            @Override
            public Optional<FrameRate> fps() {
                return Optional.empty();
            }

            @Override
            public Frame frame(double t) {
                Timeline.requireInClip(t, duration);
                return still;
            }
        };
    }
}
