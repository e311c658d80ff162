package example;

import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.RenderResult;
import java.nio.file.Path;

/** A user's program: half a second of a video, a third of its size, 10 frames a second. */
public final class MakeGif {
    private MakeGif() {
    }

    public static RenderResult make(Path video, Path gif) {
        try (VideoFileClip clip = VideoFileClip.open(video)) {
            return clip.subclip(4.6, 5.1).resize(0.3).writeGif(gif, GifExport.fps(10));
        }
    }

    public static void main(String[] args) {
        System.out.println(make(Path.of(args[0]), Path.of(args[1])));
    }
}
