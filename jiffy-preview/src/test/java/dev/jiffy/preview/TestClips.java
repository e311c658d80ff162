package dev.jiffy.preview;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;

/** Small synthetic clips whose every pixel is known. */
final class TestClips {
    static final int RED = 0xFF0000;
    static final int GREEN = 0x00FF00;
    static final int BLUE = 0x0000FF;

    private TestClips() {
    }

    /**
     * 160x120, 2 s at 10 fps: four 80x60 blocks, red, green (top) and blue, grey (bottom), the grey's level telling the
     * frame: {@link #grey}(index).
     */
    static Clip blocks() {
        return FunctionClip.of(new Size(160, 120), 2.0, t -> {
            int index = (int) Math.floor(t * 10 + 1e-6);
            int[] argb = new int[160 * 120];
            for (int y = 0; y < 120; y++) {
                for (int x = 0; x < 160; x++) {
                    int rgb = y < 60 ? (x < 80 ? RED : GREEN) : (x < 80 ? BLUE : grey(index));
                    argb[y * 160 + x] = 0xFF000000 | rgb;
                }
            }
            return Frame.wrap(160, 120, argb);
        }).withFps(10);
    }

    /** The bottom-right block's colour in frame {@code index} of {@link #blocks()}. */
    static int grey(int index) {
        int v = 20 + 10 * index;
        return v << 16 | v << 8 | v;
    }

    /** 256x96, 1 s: a smooth two-way gradient with thousands of colours, which a 256-colour GIF must dither. */
    static Clip gradient() {
        return FunctionClip.of(new Size(256, 96), 1.0, t -> {
            int[] argb = new int[256 * 96];
            for (int y = 0; y < 96; y++) {
                for (int x = 0; x < 256; x++) {
                    argb[y * 256 + x] = 0xFF000000 | x << 16 | (y * 255 / 95) << 8 | (255 - x / 2);
                }
            }
            return Frame.wrap(256, 96, argb);
        });
    }
}
