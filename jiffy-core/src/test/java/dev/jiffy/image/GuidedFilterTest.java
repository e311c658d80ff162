package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GuidedFilterTest {
    @Test
    void aMaskEdgeOnAPictureEdgeStaysSharpWhereAPlainFilterWouldSoftenIt() {
        // the picture: dark left of x = 10, light from x = 10; the mask's edge is there too
        int w = 20;
        int h = 6;
        int[] px = new int[w * h];
        float[] m = new float[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = i % w < 10 ? 0xFF202020 : 0xFFE0E0E0;
            m[i] = i % w < 10 ? 1f : 0f;
        }
        Mask mask = Mask.of(w, h, m);
        Mask guided = GuidedFilter.filter(mask, Frame.of(w, h, px), 2, 0.001);
        Mask flat = GuidedFilter.filter(mask, Frame.filled(w, h, 0xFF808080), 2, 0.001);
        for (int y = 0; y < h; y++) {
            assertThat(guided.value(9, y)).isGreaterThan(0.95f);
            assertThat(guided.value(10, y)).isLessThan(0.05f);
            // without an edge in the picture, it is a smoothing: the edge spreads over the window
            assertThat(flat.value(9, y)).isBetween(0.55f, 0.85f);
            assertThat(flat.value(10, y)).isBetween(0.15f, 0.45f);
        }
    }

    @Test
    void aFlatPictureJustAveragesTwiceAndMistakesAreExplained() {
        // a flat guide fits a constant per window: the window means of the mask, then the window mean of those
        Mask half = Mask.of(4, 1, new float[] {1, 1, 0, 0});
        Mask out = GuidedFilter.filter(half, Frame.filled(4, 1, 0xFF808080), 1, 0.001);
        assertThat(out.toFloatArray()).containsExactly(new float[] {5f / 6, 2f / 3, 1f / 3, 1f / 6}, org.assertj.core.data.Offset.offset(1e-3f));
        assertThatThrownBy(() -> GuidedFilter.filter(half, Frame.filled(4, 1, 0), 0, 0.001))
                .hasMessage("the guided filter's radius must be 1 pixel or more, got 0");
        assertThatThrownBy(() -> GuidedFilter.filter(half, Frame.filled(4, 1, 0), 1, 0))
                .hasMessage("the guided filter's eps must be above 0 (e.g. 0.001), got 0.0");
    }
}
