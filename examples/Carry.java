// The seed's "another example of a GIF made loopable": the first frame fades in over the last sixth.
//   Python:  carry = VideoFileClip("charade.mp4", audio=False).subclip((1,51,18.3),(1,51,20.6))
//                        .crop(x1=102, y1=2, x2=297, y2=202)
//            d = carry.duration
//            snapshot = carry.to_ImageClip().set_duration(d/6).crossfadein(d/6).set_start(5*d/6)
//            CompositeVideoClip([carry, snapshot]).write_gif('carry.gif', fps=carry.fps, fuzz=3)
// One call: SeamlessLoop.fadeToStart(clip, d / 6)
// Run from any folder: jiffy run examples/Carry.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.render.GifExport;

public class Carry {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "carry.gif";
        try (var file = VideoFileClip.open(video)) {
            var carry = file.subclip(3.8, 6.1).resize(0.3).crop(100, 0, 290, 200);
            double d = carry.duration();
            var snapshot = carry.toImageClip()
                                .withDuration(d / 6)
                                .crossfadeIn(d / 6)
                                .withStart(5 * d / 6);
            var composition = CompositeClip.of(carry, snapshot);
            System.out.println(composition.writeGif(out, GifExport.defaults().withFuzz(3))); // at the video's fps
        }
    }
}
