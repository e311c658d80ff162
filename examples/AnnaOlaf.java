// The seed's "freezing a region": a snapshot of the left half, laid over the moving clip.
//   Python:  anna_olaf = VideoFileClip("frozen_trailer.mp4").subclip(87.9,88.1).speedx(0.5).resize(.4)
//            snapshot = anna_olaf.crop(x2=anna_olaf.w/2).to_ImageClip(0.2).set_duration(anna_olaf.duration)
//            CompositeVideoClip([anna_olaf, snapshot]).write_gif('anna_olaf.gif', fps=15)
// One call does the same: FreezeRegion.of(annaOlaf, new Rect(0, 0, annaOlaf.width() / 2, annaOlaf.height()), 0.2)
// Run from any folder: jiffy run examples/AnnaOlaf.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.render.GifExport;

public class AnnaOlaf {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "anna_olaf.gif";
        try (var file = VideoFileClip.open(video)) {
            var annaOlaf = file.subclip(5.4, 5.8)
                               .speed(0.5)                  // play at half speed
                               .resize(0.4);
            var snapshot = annaOlaf.crop(Crop.region().x2(annaOlaf.width() / 2)) // remove right half
                                   .toImageClip(0.2)        // snapshot of the clip at t=0.2 s
                                   .withDuration(annaOlaf.duration());
            var composition = CompositeClip.of(annaOlaf, snapshot);
            System.out.println(composition.writeGif(out, GifExport.fps(15)));
        }
    }
}
