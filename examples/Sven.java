// The seed's "time-symmetrization": forwards then backwards, so the GIF loops without a jump.
//   Python:  def time_symetrize(clip): return concatenate([clip, clip.fx(vfx.time_mirror)])
//            clip = VideoFileClip("frozen_trailer.mp4", audio=False).subclip(36.5,36.9).resize(0.5)
//                       .crop(x1=189, x2=433).fx(time_symetrize)
//            clip.write_gif('sven.gif', fps=15, fuzz=2)
// Built in: .fx(Fx.timeSymmetrize()) (or Fx.boomerang()); from the terminal: jiffy make ... --boomerang
// Run from any folder: jiffy run examples/Sven.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.Concatenation;
import dev.jiffy.fx.Fx;
import dev.jiffy.render.GifExport;

public class Sven {
    /** The clip played forwards, then backwards: a user's own effect, as in the seed. */
    static Clip timeSymmetrize(Clip clip) {
        return Concatenation.of(clip, clip.fx(Fx.timeMirror()));
    }

    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "sven.gif";
        try (var file = VideoFileClip.open(video)) {
            var clip = file.subclip(4.0, 4.4)
                           .resize(0.5)
                           .crop(Crop.region().x1(190).x2(445))
                           .fx(Sven::timeSymmetrize);
            System.out.println(clip.writeGif(out, GifExport.fps(15).withFuzz(2)));
        }
    }
}
