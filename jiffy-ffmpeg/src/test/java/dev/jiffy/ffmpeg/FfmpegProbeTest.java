package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaInfo;
import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSources;
import dev.jiffy.time.FrameRate;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What probing says about synthetic files whose truth we know. */
class FfmpegProbeTest {
    @TempDir
    Path dir;

    @Test
    void matroskaFfv1() {
        Path file = SyntheticVideo.ffv1().size(96, 48).frames(30).painter(i -> Pictures.indexed(i, 96, 48))
                .writeTo(dir.resolve("clip.mkv"));
        try (MediaSource source = MediaSources.open(file)) { // found through ServiceLoader
            MediaInfo info = source.info();
            assertThat(info.file()).isEqualTo(file);
            assertThat(info.container()).isEqualTo("matroska,webm");
            assertThat(info.codec()).isEqualTo("ffv1");
            assertThat(info.duration()).isCloseTo(1.2, offset(1e-9));
            assertThat(info.frameRate()).isEqualTo(FrameRate.of(25));
            assertThat(info.frameCount()).isEqualTo(-1); // Matroska does not say
            assertThat(info.codedSize()).isEqualTo(new Size(96, 48));
            assertThat(info.size()).isEqualTo(new Size(96, 48));
            assertThat(info.rotation()).isZero();
            assertThat(info.sampleAspectRatio()).isEqualTo("1:1");
        }
    }

    @Test
    void mp4WithBFramesAndNtscRate() {
        Path file = SyntheticVideo.mpeg4().container("mp4").timeBase(1001, 30000).frames(45).bFrames(2)
                .painter(i -> Pictures.indexed(i, 128, 64)).writeTo(dir.resolve("ntsc.mp4"));
        try (MediaSource source = new FfmpegProvider().open(file)) {
            MediaInfo info = source.info();
            assertThat(info.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
            assertThat(info.codec()).isEqualTo("mpeg4");
            assertThat(info.frameRate()).isEqualTo(new FrameRate(30000, 1001));
            assertThat(info.frameCount()).isEqualTo(45);
            assertThat(info.duration()).isCloseTo(45 * 1001 / 30000.0, offset(1e-9));
        }
    }

    @Test
    void nonsenseAverageRateFallsBackToFfmpegsGuess() {
        // Matroska's DefaultDuration written from a 90000/1 "frame rate": FFmpeg reads back avg_frame_rate 30000/1.
        Path file = SyntheticVideo.ffv1().nominalRate(90000, 1).frames(20).painter(i -> Pictures.indexed(i, 128, 64))
                .writeTo(dir.resolve("nonsense.mkv"));
        try (MediaSource source = new FfmpegProvider().open(file)) {
            assertThat(source.info().frameRate()).isEqualTo(FrameRate.of(25));
        }
    }

    @Test
    void nonsenseNominalRatesAreMeasuredAndReadingForwardsDoesNotSeek() {
        // 25 fps content in a 1/90000 time base with capture jitter: FFmpeg says r_frame_rate 90000/1, avg 0/0.
        int n = 50;
        long[] pts = new long[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            pts[i] = 3600L * i + (i == 0 ? 0 : random.nextInt(2001) - 1000);
        }
        Path file = SyntheticVideo.ffv1().container("nut").timeBase(1, 90000).timestamps(pts)
                .painter(i -> Pictures.indexed(i, 128, 64)).writeTo(dir.resolve("jitter.nut"));
        try (MediaSource source = new FfmpegProvider().open(file);
             FfmpegCursor cursor = (FfmpegCursor) source.openCursor()) {
            MediaInfo info = source.info();
            assertThat(info.frameRate()).isEqualTo(FrameRate.of(25));
            for (int k = 0; k * 0.04 < info.duration(); k++) {
                double t = k * 0.04;
                int expected = 0;
                for (int i = 0; i < n; i++) {
                    if (pts[i] / 90000.0 <= t + 1e-6) {
                        expected = i;
                    }
                }
                assertThat(Pictures.readIndex(cursor.frameAt(t))).as("frame at %s s", t).isEqualTo(expected);
            }
            assertThat(cursor.seekCount()).isZero();
        }
    }

    @Test
    void rotationFromTheDisplayMatrix() {
        Path file = SyntheticVideo.ffv1().container("mov").size(128, 64).frames(3).displayRotation(90)
                .painter(i -> Pictures.quadrants(128, 64)).writeTo(dir.resolve("rotated.mov"));
        try (MediaSource source = new FfmpegProvider().open(file); FrameCursor cursor = source.openCursor();
                FrameCursor copying = source.openCursor()) {
            MediaInfo info = source.info();
            assertThat(info.rotation()).isEqualTo(90);
            assertThat(info.codedSize()).isEqualTo(new Size(128, 64));
            assertThat(info.size()).isEqualTo(new Size(64, 128));
            Frame frame = cursor.frameAt(0);
            assertThat(frame.size()).isEqualTo(info.size());
            // Turned a quarter clockwise, as ffmpeg's autorotate shows it: blue, red / white, green.
            assertThat(frame.pixel(2, 2)).isEqualTo(0xFF0000FF);
            assertThat(frame.pixel(61, 2)).isEqualTo(0xFFFF0000);
            assertThat(frame.pixel(2, 125)).isEqualTo(0xFFFFFFFF);
            assertThat(frame.pixel(61, 125)).isEqualTo(0xFF00FF00);
            // converted into a buffer of the caller's, turned as well (a cursor of its own: nothing made before)
            int[] copied = new int[64 * 128];
            copying.copyFrameAt(0, copied);
            assertThat(copied).isEqualTo(frame.toArgbArray());
        }
    }

    @Test
    void nonSquarePixelsAreWidened() {
        Path file = SyntheticVideo.ffv1().size(128, 64).frames(3).sampleAspectRatio(2, 1)
                .painter(i -> Pictures.quadrants(128, 64)).writeTo(dir.resolve("anamorphic.mkv"));
        try (MediaSource source = new FfmpegProvider().open(file); FrameCursor cursor = source.openCursor()) {
            MediaInfo info = source.info();
            assertThat(info.sampleAspectRatio()).isEqualTo("2:1");
            assertThat(info.codedSize()).isEqualTo(new Size(128, 64));
            assertThat(info.size()).isEqualTo(new Size(256, 64));
            Frame frame = cursor.frameAt(0);
            assertThat(frame.size()).isEqualTo(new Size(256, 64));
            assertThat(frame.pixel(4, 4)).isEqualTo(0xFFFF0000);
            assertThat(frame.pixel(251, 4)).isEqualTo(0xFF00FF00);
            assertThat(frame.pixel(251, 60)).isEqualTo(0xFFFFFFFF);
        }
    }

    @Test
    void fileNamesWithColonsAndAccents() {
        Path file = SyntheticVideo.ffv1().frames(3).painter(i -> Pictures.indexed(i, 128, 64))
                .writeTo(dir.resolve("clip.mkv"));
        Path renamed;
        try {
            renamed = dir.resolve("été: take 2.mkv");
        } catch (java.nio.file.InvalidPathException e) {
            org.junit.jupiter.api.Assumptions.abort("file names cannot hold accents here: " + e.getMessage());
            return;
        }
        try {
            java.nio.file.Files.move(file, renamed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (MediaSource source = new FfmpegProvider().open(renamed); FrameCursor cursor = source.openCursor()) {
            assertThat(source.info().file()).isEqualTo(renamed);
            assertThat(Pictures.readIndex(cursor.frameAt(0.05))).isEqualTo(1);
        }
    }

    @Test
    void sourcesAndCursorsCloseIdempotently() {
        Path file = SyntheticVideo.ffv1().frames(5).painter(i -> Pictures.indexed(i, 128, 64))
                .writeTo(dir.resolve("close.mkv"));
        MediaSource source = new FfmpegProvider().open(file);
        FrameCursor kept = source.openCursor();
        FrameCursor closed = source.openCursor();
        assertThat(Pictures.readIndex(kept.frameAt(0.1))).isEqualTo(2);
        closed.close();
        closed.close();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> closed.frameAt(0))
                .withMessageContaining("close.mkv");
        source.close(); // closes the cursors still open
        source.close();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> kept.frameAt(0));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(source::openCursor);
        kept.close();
    }
}
