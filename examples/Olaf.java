// The seed's "adding some text": two lines of white text over a slowed-down, boomeranged clip.
//   Python:  olaf = (VideoFileClip("frozen_trailer.mp4", audio=False).subclip((1,21.6),(1,22.1))
//                    .resize(.5).speedx(0.5).fx(time_symetrize))
//            text = (TextClip("In my nightmares\nI see rabbits.", fontsize=30, color='white',
//                             font='Amiri-Bold', interline=-25)     # requires ImageMagick
//                    .set_pos((20,190)).set_duration(olaf.duration))
//            CompositeVideoClip([olaf, text]).write_gif('olaf.gif', fps=10, fuzz=2)
// Jiffy draws text itself (Java2D, with Amiri Bold bundled): no ImageMagick, no security policy to relax.
// From the terminal: jiffy make VIDEO --from 7.7 --to 8.2 --scale 0.5 --speed 0.5 --boomerang \
//                      --text "In my nightmares\nI see rabbits." --font Amiri-Bold --fps 10 --fuzz 2 -o olaf.gif
// Run from any folder: jiffy run examples/Olaf.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import static dev.jiffy.image.Colors.BLACK;
import static dev.jiffy.image.Colors.WHITE;

import dev.jiffy.cli.BundledSample;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.fx.Fx;
import dev.jiffy.render.GifExport;
import dev.jiffy.text.TextClip;

public class Olaf {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "olaf.gif";
        try (var file = VideoFileClip.open(video)) {
            var olaf = file.subclip(7.7, 8.2)           // the bird spreads its wings
                           .resize(0.5)
                           .speed(0.5)                    // play at half speed
                           .fx(Fx.timeSymmetrize());      // forwards, then backwards
            var text = TextClip.of("In my nightmares\nI see rabbits.")
                               .withFontSize(40).withColor(WHITE).withFont("Amiri-Bold").withInterline(-25)
                               .withStroke(BLACK, 2)      // an outline, so it reads on the sky and on the branch
                               .toClip()
                               .withPosition(20, 250)
                               .withDuration(olaf.duration());
            var composition = CompositeClip.of(olaf, text);
            System.out.println(composition.writeGif(out, GifExport.fps(10).withFuzz(2)));
        }
    }
}
