// The seed's "freezing a more complicated region": the snapshot is masked by a line through two points.
//   Python:  anna_kris = VideoFileClip("frozen_trailer.mp4", audio=False).subclip((1,38.15),(1,38.5)).resize(.5)
//            mask = dw.color_split(anna_kris.size, p1=(445, 20), p2=(345, 275), grad_width=5)
//            snapshot = anna_kris.to_ImageClip().set_duration(anna_kris.duration).set_mask(ImageClip(mask, ismask=True))
//            CompositeVideoClip([anna_kris,snapshot]).speedx(0.2).write_gif('anna_kris.gif', fps=15, fuzz=3)
// One call does the same: FreezeRegion.of(annaKris, mask, 0)
// Run from any folder: jiffy run examples/AnnaKris.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.image.draw.Point;
import dev.jiffy.image.draw.Split;
import dev.jiffy.render.GifExport;

public class AnnaKris {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "anna_kris.gif";
        try (var file = VideoFileClip.open(video)) {
            var annaKris = file.subclip(7.6, 7.95).resize(0.5);
            // the points p1, p2 define the edge of the mask; 5 pixels of soft edge
            var mask = Split.through(annaKris.size(), Point.of(445, 20), Point.of(345, 275), 5);
            var snapshot = annaKris.toImageClip()
                                   .withDuration(annaKris.duration())
                                   .withMask(mask);
            var composition = CompositeClip.of(annaKris, snapshot).speed(0.2);
            // fuzz (0-100) makes the GIF smaller: colour changes below it are not written
            System.out.println(composition.writeGif(out, GifExport.fps(15).withFuzz(3)));
        }
    }
}
