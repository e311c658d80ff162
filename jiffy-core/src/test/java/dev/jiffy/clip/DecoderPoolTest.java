package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.JiffyException;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaInfo;
import dev.jiffy.source.MediaSource;
import dev.jiffy.time.FrameRate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A video's decoders are shared by its resized views and do not pile up however many views are read. */
class DecoderPoolTest {
    /** A 2 s, 10 fps, 64x36 video whose cursors count themselves; frames are filled with their size's width. */
    private static final class CountingSource implements MediaSource {
        final MediaInfo info = new MediaInfo(Path.of("counted.webm"), "matroska,webm", "vp8", 2.0, FrameRate.of(10),
                20, new Size(64, 36), new Size(64, 36), 0, "1:1");
        int open;
        int opened;
        boolean closed;

        @Override
        public MediaInfo info() {
            return info;
        }

        @Override
        public FrameCursor openCursor() {
            return openCursor(info.size());
        }

        @Override
        public FrameCursor openCursor(Size size) {
            open++;
            opened++;
            return new FrameCursor() {
                private boolean cursorClosed;

                @Override
                public Frame frameAt(double t) {
                    assertThat(cursorClosed).as("read after close").isFalse();
                    return Frame.filled(size.width(), size.height(), 0xFF000000 | size.width());
                }

                @Override
                public void close() {
                    if (!cursorClosed) {
                        cursorClosed = true;
                        open--;
                    }
                }
            };
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void manyResizedViewsReadInALoopKeepTheOpenDecodersBounded() {
        CountingSource source = new CountingSource();
        try (VideoFileClip video = VideoFileClip.of(source)) {
            int peak = 0;
            for (int i = 0; i < 200; i++) {
                Clip view = video.resizeToWidth(16 + i % 40);
                Frame frame = view.frame(1.0);
                assertThat(frame.width()).isEqualTo(16 + i % 40);
                peak = Math.max(peak, video.openDecoders());
            }
            int bound = Math.max(2, Runtime.getRuntime().availableProcessors());
            assertThat(peak).isLessThanOrEqualTo(bound);
            assertThat(source.open).isEqualTo(video.openDecoders()).isLessThanOrEqualTo(bound);
        }
        assertThat(source.open).isZero();
        assertThat(source.closed).isTrue();
    }

    @Test
    void aViewReadAgainReusesItsDecoder() {
        CountingSource source = new CountingSource();
        try (VideoFileClip video = VideoFileClip.of(source)) {
            Clip view = video.resizeToWidth(32);
            for (int i = 0; i < 20; i++) {
                view.frame(i / 10.0);
                video.frame(i / 10.0);
            }
            assertThat(source.opened).isEqualTo(2);
        }
    }

    @Test
    void theLeastRecentlyUsedIdleDecoderIsClosedFirst() {
        CountingSource source = new CountingSource();
        DecoderPool pool = new DecoderPool(source, 2);
        Size a = new Size(8, 8);
        Size b = new Size(16, 16);
        Size c = new Size(24, 24);
        pool.giveBack(pool.borrow(a, 0));
        pool.giveBack(pool.borrow(b, 0));
        pool.giveBack(pool.borrow(a, 0));   // a is now the most recently used
        pool.giveBack(pool.borrow(c, 0));   // evicts b
        assertThat(pool.openDecoders()).isEqualTo(2);
        pool.giveBack(pool.borrow(a, 0));
        assertThat(source.opened).as("a was kept, so not reopened").isEqualTo(3);
        pool.close();
        assertThat(source.open).isZero();
    }

    @Test
    void aViewUsedAfterTheVideoIsClosedSaysTheVideoIsClosed() {
        CountingSource source = new CountingSource();
        VideoFileClip video = VideoFileClip.of(source);
        Clip view = video.resizeToWidth(32);
        video.close();
        assertThatThrownBy(() -> view.frame(0.5)).isInstanceOf(JiffyException.class)
                .hasMessage("video counted.webm is closed");
        assertThatThrownBy(() -> video.frame(0.5)).isInstanceOf(JiffyException.class)
                .hasMessage("video counted.webm is closed");
    }
}
