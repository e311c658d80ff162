// The seed's first example: cut an excerpt and shrink it.
//   Python:  clip = VideoFileClip("frozen_trailer.mp4").subclip((1,22.65),(1,23.2)).resize(0.3)
//            clip.write_gif("use_your_head.gif")
// Run from any folder: jiffy run examples/UseYourHead.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.VideoFileClip;

public class UseYourHead {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "use_your_head.gif";
        try (var file = VideoFileClip.open(video)) {
            var clip = file.subclip("0:04.6", "0:05.4")
                           .resize(0.3);
            System.out.println(clip.writeGif(out));
        }
    }
}
