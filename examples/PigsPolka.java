// The seed's "big finish": remove the background of a scene shot with a still camera, then write it in black and
// white with a transparent background.
//   Python:  frames_bg = [pigsPolka.get_frame(t) for t in times]
//            background = np.percentile(np.array(frames_bg), 50, axis=0)
//            def make_mask_frame(t):
//                mask = ((pigsPolka.get_frame(t) - background)**2).sum(axis=2) > 1500
//                mask = skm.remove_small_objects(mask)
//                ... two binary_dilation, two binary_erosion with a 3x3 square ...
//                return skf.gaussian_filter(mask.astype(float), 1.5)
//            final = pigsPolka.set_mask(VideoClip(make_mask_frame, ismask=True, duration=pigsPolka.duration))
//                             .subclip(12.95, 15.9).fx(vfx.blackwhite)
//            final.write_gif('pigs_polka.gif', fps=10, fuzz=10)
// Here the scene is the bird on its branch in the bundled sample (3.7-10 s, still camera). The bird stays near the
// middle until it flies away at 8.8 s, so the background is the median of frames after that, chosen by hand as the
// seed did (without times, BackgroundRemoval spreads 40 over the clip: right when the subjects move around).
// From the terminal: jiffy make VIDEO --remove-background [--bg-times T1,T2,...] [--bg-min-size PX] ...
// Run from any folder: jiffy run examples/PigsPolka.java [VIDEO] [OUT.gif]  (VIDEO defaults to the bundled sample)
import dev.jiffy.background.BackgroundMethod;
import dev.jiffy.cli.BundledSample;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.background.Cutout;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.fx.Fx;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.ConnectedComponents;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.FrameStatistics;
import dev.jiffy.image.GaussianBlur;
import dev.jiffy.image.Morphology;
import dev.jiffy.image.StructuringElement;
import dev.jiffy.image.Threshold;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.render.GifExport;

public class PigsPolka {
    public static void main(String[] args) {
        String video = args.length > 0 ? args[0] : BundledSample.path().toString();
        String out = args.length > 1 ? args[1] : "pigs_polka.gif";
        try (var file = VideoFileClip.open(video)) {
            // LOAD THE CLIP
            var bird = file.subclip(3.7, 10).resize(0.5).crop(140, 10, 540, 320);

            // COMPUTE THE BACKGROUND: the per-pixel median of 24 frames from 9.2 to 10 s (5.5 to 6.3 s in the clip)
            double[] times = new double[24];
            for (int i = 0; i < times.length; i++) {
                times[i] = 5.5 + (i + 0.5) * 0.8 / times.length;
            }

            // In one call, the seed's recipe (BackgroundMethod.SEED: threshold 1500, closing 2, blur 1.5; holes under
            // 64 pixels filled); specks under 400 pixels are dropped so that the letters of the title (from 8.4 s)
            // stay out of the earlier frames. Without hand-picked times, the default method (FIGURES) finds the
            // background by itself: BackgroundRemoval.of(bird).cut().
            Cutout cutout = BackgroundRemoval.of(bird)
                                             .withMethod(BackgroundMethod.SEED)
                                             .withBackgroundTimes(times)
                                             .withMinObjectSize(400)
                                             .cut();
            System.out.println("camera check: " + cutout.camera());

            // The same, step by step as in the seed (every step is a public operation on frames and masks):
            FloatRgb background = FrameStatistics.of(bird, times).percentile(50);
            MaskClip mask = MaskClip.fromFunction(bird.size(), bird.duration(), t -> {
                BinaryMask m = Threshold.colorDistance(bird.frame(t), background, 1500);
                m = ConnectedComponents.removeSmallObjects(m, 400, Connectivity.FOUR);
                m = Morphology.close(m, StructuringElement.square(3), 2);  // 2 dilations, then 2 erosions
                m = ConnectedComponents.removeSmallHoles(m, 64, Connectivity.FOUR);
                return GaussianBlur.blur(m, 1.5);
            });
            var byHand = bird.withMask(mask);                              // called from the rendering threads

            // LAST EFFECTS AND GIF GENERATION: 7.7-9.4 s of the video
            var result = cutout.clip()                                     // or byHand
                               .subclip(4.0, 5.7)
                               .fx(Fx.blackAndWhite())
                               .writeGif(out, GifExport.fps(10).withFuzz(10));
            System.out.println(result);
            System.out.println("by hand: " + byHand.subclip(4.0, 5.7).fx(Fx.blackAndWhite())
                                                   .writeGif("pigs_polka_by_hand.gif", GifExport.fps(10).withFuzz(10)));
        }
    }
}
