package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.source.CodedPicture;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compressed pictures' sizes, read without decoding: each picture once, by the time it shows (B-frames are stored
 * out of order), the keyframes marked, and the sizes telling a still stretch from a changing one, which is what the
 * studio's size estimate reads them for.
 */
class FfmpegCodedPicturesTest {
    static final int W = 128;
    static final int H = 64;
    /** Two seconds at 25 fps: the first still, the second a new noise picture every frame. */
    static final int N = 50;
    static final double FPS = 25;

    @TempDir
    static Path dir;
    static Path stillThenBusy;

    @BeforeAll
    static void writeVideo() {
        int[] still = Pictures.quadrants(W, H);
        stillThenBusy = SyntheticVideo.mpeg4().container("mp4").frames(N).gop(25).bFrames(2)
                .painter(i -> i < N / 2 ? still : noise(i)).writeTo(dir.resolve("still-then-busy.mp4"));
    }

    private static int[] noise(int seed) {
        Random random = new Random(seed);
        int[] argb = new int[W * H];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = 0xFF000000 | random.nextInt(0x1000000);
        }
        return argb;
    }

    @Test
    void everyPictureOnceByTheTimeItShows() {
        try (VideoFileClip video = VideoFileClip.open(stillThenBusy)) {
            List<CodedPicture> pictures = video.codedPictures(0, video.duration());
            assertThat(pictures).hasSize(N);
            for (int i = 0; i < N; i++) {
                assertThat(pictures.get(i).time()).as("picture " + i).isCloseTo(i / FPS, offset(1e-6));
            }
            // the first is a keyframe; the still ones after it are predicted (the encoder may make a new noise
            // picture a keyframe too: nothing before it predicts it)
            assertThat(pictures.get(0).keyframe()).isTrue();
            assertThat(pictures.subList(1, N / 2)).noneMatch(CodedPicture::keyframe);
        }
    }

    @Test
    void sizesTellTheStillHalfFromTheChangingOne() {
        try (VideoFileClip video = VideoFileClip.open(stillThenBusy)) {
            List<CodedPicture> pictures = video.codedPictures(0, video.duration());
            long still = pictures.stream().filter(p -> p.time() > 0 && p.time() < 1).mapToLong(CodedPicture::bytes)
                    .sum();
            long busy = pictures.stream().filter(p -> p.time() > 1).mapToLong(CodedPicture::bytes).sum();
            // a repeated picture costs the codec a few bytes, a new noise picture thousands
            assertThat(busy).isGreaterThan(20 * still);
        }
    }

    @Test
    void aPartReadsThePicturesShowingInIt() {
        try (VideoFileClip video = VideoFileClip.open(stillThenBusy)) {
            // from the middle of a group of pictures: the demuxer starts at the keyframe before, which is left out
            List<CodedPicture> part = video.codedPictures(0.6, 1.4);
            assertThat(part).extracting(CodedPicture::time).allSatisfy(t -> assertThat(t).isBetween(0.6, 1.4));
            assertThat(part).hasSize(21);
            assertThat(video.codedPictures(1.28, 1.28)).extracting(CodedPicture::time).containsExactly(1.28);
        }
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        try (VideoFileClip video = VideoFileClip.open(stillThenBusy)) {
            assertThatThrownBy(() -> video.codedPictures(1, 0.5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the end 0.5 s must not be before the start 1.0 s");
        }
    }
}
