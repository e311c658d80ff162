package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a click and a drag print. */
class PickPrinterTest {
    private final List<String> lines = new ArrayList<>();

    @Test
    void aPixel() {
        PreviewListener.printing(lines::add, VideoMapping.identity())
                .pixel(new PixelPick(30, 20, 0.5, 5, 0xFFC9B428, OptionalInt.empty()));
        assertThat(lines).containsExactly("pixel x=30, y=20, t=0.500 s: RGB (201, 180, 40) #C9B428");
    }

    @Test
    void aSeeThroughPixelAndItsGifColour() {
        PreviewListener printer = PreviewListener.printing(lines::add, VideoMapping.identity());
        printer.pixel(new PixelPick(0, 0, 0, 0, 0x80FF0000, OptionalInt.of(0xFFFE0000)));
        printer.pixel(new PixelPick(1, 0, 0, 0, 0x10FF0000, OptionalInt.of(0)));
        assertThat(lines).containsExactly(
                "pixel x=0, y=0, t=0.000 s: RGB (255, 0, 0) #FF0000, alpha 128; as GIF #FE0000",
                "pixel x=1, y=0, t=0.000 s: RGB (255, 0, 0) #FF0000, alpha 16; as GIF transparent");
    }

    @Test
    void aRegion() {
        PreviewListener.printing(lines::add, VideoMapping.identity()).region(new RegionPick(new Rect(10, 20, 110, 70), 0));
        assertThat(lines).containsExactly("crop 100x50 at (10, 20): --crop 10,20,110,70",
                "  Java: clip.crop(Crop.box(10, 20, 110, 70))");
    }

    @Test
    void throughACroppedScaledExcerptTheCropIsInTheVideosPixels() {
        // the preview shows --from 4 --speed 2 --crop 100,50,740,410 --scale 0.5: a 320x180 clip
        VideoMapping video = new VideoMapping(100, 50, 0.5, 0.5, 4, 2);
        PreviewListener printer = PreviewListener.printing(lines::add, video);
        printer.region(new RegionPick(new Rect(10, 20, 110, 70), 0.5));
        printer.pixel(new PixelPick(30, 20, 0.5, 5, 0xFF000000, OptionalInt.empty()));
        assertThat(lines).containsExactly(
                "crop 100x50 at (10, 20): --crop 120,90,320,190  (in the video's pixels)",
                "  Java: clip.crop(Crop.box(10, 20, 110, 70))",
                "pixel x=30, y=20, t=0.500 s: RGB (0, 0, 0) #000000 (in the video: x=161, y=91, t=5.000 s)");
    }

    @Test
    void mappingsAreChecked() {
        assertThatThrownBy(() -> new VideoMapping(0, 0, 0, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scaleX=0.0");
        assertThat(VideoMapping.identity().isIdentity()).isTrue();
    }
}
