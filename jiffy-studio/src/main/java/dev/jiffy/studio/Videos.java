package dev.jiffy.studio;

import dev.jiffy.clip.VideoFileClip;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The videos the page has opened, each decoded by one open {@link VideoFileClip} kept for scrubbing (a decoder that
 * stays open seeks to a nearby time without reopening the file), all closed with the studio.
 */
final class Videos implements AutoCloseable {
    private final Map<Path, VideoFileClip> open = new ConcurrentHashMap<>();

    VideoFileClip get(Path file) {
        return open.computeIfAbsent(file, VideoFileClip::open);
    }

    @Override
    public void close() {
        open.values().forEach(VideoFileClip::close);
        open.clear();
    }
}
