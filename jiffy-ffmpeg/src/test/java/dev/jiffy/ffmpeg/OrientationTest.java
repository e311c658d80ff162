package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avutil.av_display_matrix_flip;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrientationTest {
    /*
     * 3x2 picture      a b c
     *                  d e f
     */
    static final int[] PICTURE = {'a', 'b', 'c', 'd', 'e', 'f'};

    @BeforeAll
    static void load() {
        Natives.ensureLoaded();
    }

    static String turned(Orientation o) {
        int[] out = o.apply(PICTURE, 3, 2);
        int width = o.swapsAxes() ? 2 : 3;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < out.length; i++) {
            s.append((char) out[i]).append(i % width == width - 1 && i < out.length - 1 ? "/" : "");
        }
        return s.toString();
    }

    @Test
    void allEightOrientations() {
        assertThat(turned(Orientation.IDENTITY)).isEqualTo("abc/def");
        assertThat(turned(Orientation.ROTATE_90)).isEqualTo("da/eb/fc");
        assertThat(turned(Orientation.ROTATE_180)).isEqualTo("fed/cba");
        assertThat(turned(Orientation.ROTATE_270)).isEqualTo("cf/be/ad");
        assertThat(turned(Orientation.MIRROR_HORIZONTAL)).isEqualTo("cba/fed");
        assertThat(turned(Orientation.MIRROR_VERTICAL)).isEqualTo("def/abc");
        assertThat(turned(Orientation.TRANSPOSE)).isEqualTo("ad/be/cf");
        assertThat(turned(Orientation.ANTI_TRANSPOSE)).isEqualTo("fc/eb/da");
    }

    static int[] matrix(double clockwise, boolean hflip, boolean vflip) {
        int[] m = new int[9];
        av_display_rotation_set(m, clockwise);
        av_display_matrix_flip(m, hflip ? 1 : 0, vflip ? 1 : 0);
        return m;
    }

    @Test
    void fromDisplayMatrices() {
        assertThat(Orientation.of(null)).isEqualTo(Orientation.IDENTITY);
        assertThat(Orientation.of(matrix(0, false, false))).isEqualTo(Orientation.IDENTITY);
        assertThat(Orientation.of(matrix(90, false, false))).isEqualTo(Orientation.ROTATE_90);
        assertThat(Orientation.of(matrix(180, false, false))).isEqualTo(Orientation.ROTATE_180);
        assertThat(Orientation.of(matrix(270, false, false))).isEqualTo(Orientation.ROTATE_270);
        assertThat(Orientation.of(matrix(-90, false, false))).isEqualTo(Orientation.ROTATE_270);
        assertThat(Orientation.of(matrix(0, true, false))).isEqualTo(Orientation.MIRROR_HORIZONTAL);
        assertThat(Orientation.of(matrix(0, false, true))).isEqualTo(Orientation.MIRROR_VERTICAL);
        assertThat(Orientation.of(matrix(93, false, false))).isEqualTo(Orientation.ROTATE_90);
        assertThat(Orientation.ROTATE_90.rotation()).isEqualTo(90);
        assertThat(Orientation.ROTATE_270.rotation()).isEqualTo(270);
    }
}
