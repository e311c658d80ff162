package dev.jiffy.background;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.progress.RenderListener;
import org.junit.jupiter.api.Test;

/** Issue 17's targets on {@link FigureOverFootage}: whole figures, also once they stand still. */
class BackgroundScoreTest {
    @Test
    void theDefaultKeepsTheWholeFigureInEveryFrameAlsoWhenItStandsStill() {
        Cutout cut = BackgroundRemoval.of(FigureOverFootage.clip()).withListener(RenderListener.SILENT).cut();
        MaskScore score = BackgroundScoreBenchmark.score(cut);
        assertThat(score.minIou()).as("worst frame %d", score.worstFrame()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.maxHole()).as("largest hole, %% of the figure").isLessThanOrEqualTo(0.5);
        assertThat(score.meanFlicker()).as("flicker, %% of the figure per frame").isLessThan(3);
        assertThat(cut.camera().seemsToMove()).isFalse();
    }

    @Test
    void theSeedsMedianOfSpreadFramesLosesTheStandingFigureWhichTheRepairedBackgroundKeeps() {
        Clip clip = FigureOverFootage.clip();
        double standing = 2.5;
        Cutout seed = BackgroundRemoval.of(clip).withMethod(BackgroundMethod.SEED).withListener(RenderListener.SILENT)
                .cut();
        Cutout figures = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT).cut();
        BinaryMask truth = FigureOverFootage.truth(standing);
        assertThat(iou(seed.mask().mask(standing), truth)).isLessThan(0.5);
        assertThat(iou(figures.mask().mask(standing), truth)).isGreaterThan(0.9);
        // where the figure stands, the repaired background is the room (as the first frame shows it), not the figure
        assertThat(meanDistance(figures.background().toFrame(), FigureOverFootage.frame(0), truth)).isLessThan(8);
        assertThat(meanDistance(seed.background().toFrame(), FigureOverFootage.frame(0), truth)).isGreaterThan(40);
    }

    /** Mean RGB distance between two pictures over the set pixels of {@code where}. */
    private static double meanDistance(Frame a, Frame b, BinaryMask where) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (where.get(x, y)) {
                    int p = a.pixel(x, y);
                    int q = b.pixel(x, y);
                    int dr = ((p >> 16) & 0xFF) - ((q >> 16) & 0xFF);
                    int dg = ((p >> 8) & 0xFF) - ((q >> 8) & 0xFF);
                    int db = (p & 0xFF) - (q & 0xFF);
                    sum += Math.sqrt(dr * dr + dg * dg + db * db);
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static double iou(Mask mask, BinaryMask truth) {
        return BinaryMask.atLeast(mask, 0.5f).intersectionOverUnion(truth);
    }
}
