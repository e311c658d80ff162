// The seed's "making the gif loopable": the start fades in over the end, so constant motion loops seamlessly.
//   Python:  castle = VideoFileClip("frozen_trailer.mp4", audio=False).subclip(22.8,23.2).speedx(0.2).resize(.4)
//            d = castle.duration
//            castle = castle.crossfadein(d/2)
//            composition = CompositeVideoClip([castle, castle.set_start(d/2), castle.set_start(d)]).subclip(d/2, 3*d/2)
//            composition.write_gif('castle.gif', fps=5, fuzz=5)
// One call: SeamlessLoop.crossfade(clip, seconds); from the terminal: jiffy make ... --loop-crossfade SECONDS
// Run from any folder: jiffy run examples/Castle.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.render.GifExport;

public class Castle {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "castle.gif";
        try (var file = VideoFileClip.open(video)) {
            var castle = file.subclip(1.0, 1.4).speed(0.2).resize(0.4);
            double d = castle.duration();
            castle = castle.crossfadeIn(d / 2);
            var composition = CompositeClip.of(castle, castle.withStart(d / 2), castle.withStart(d))
                                           .subclip(d / 2, 3 * d / 2);
            // exactly d x fps = 10 frames: no extra frame from floating-point drift
            System.out.println(composition.writeGif(out, GifExport.fps(5).withFuzz(5)));
        }
    }
}
