// The seed's second example: cut, shrink, and keep the centre of the picture.
//   Python:  kris_sven = (VideoFileClip("frozen_trailer.mp4").subclip((1,13.4),(1,13.9))
//                         .resize(0.5).crop(x1=145,x2=400))
//            kris_sven.write_gif("kris_sven.gif")
// Run from any folder: jiffy run examples/KrisSven.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.VideoFileClip;

public class KrisSven {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "kris_sven.gif";
        try (var file = VideoFileClip.open(video)) {
            var krisSven = file.subclip("0:05.9", "0:06.6")
                               .resize(0.5)
                               .crop(Crop.region().x1(190).x2(445)); // remove left-right borders
            System.out.println(krisSven.writeGif(out));
        }
    }
}
