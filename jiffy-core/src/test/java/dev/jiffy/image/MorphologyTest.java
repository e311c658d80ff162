package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Hand-worked cases, written as small pictures: '#' set, '.' not. */
class MorphologyTest {
    private static final StructuringElement SQUARE = StructuringElement.square(3);

    @Test
    void dilationGrowsByTheElement() {
        BinaryMask dot = BinaryMask.parse(
                ".....",
                ".....",
                "..#..",
                ".....",
                ".....");
        assertThat(Morphology.dilate(dot, SQUARE)).isEqualTo(BinaryMask.parse(
                ".....",
                ".###.",
                ".###.",
                ".###.",
                "....."));
        assertThat(Morphology.dilate(dot, StructuringElement.cross())).isEqualTo(BinaryMask.parse(
                ".....",
                "..#..",
                ".###.",
                "..#..",
                "....."));
        assertThat(Morphology.dilate(dot, SQUARE, 2)).isEqualTo(BinaryMask.filled(new Size(5, 5), true));
        assertThat(Morphology.dilate(dot, SQUARE, 0)).isEqualTo(dot);
    }

    @Test
    void anAsymmetricElementShiftsAsTheMinkowskiSum() {
        // dilation by {centre, right neighbour}: every set pixel also sets the pixel on its right
        StructuringElement right = StructuringElement.of(".##");
        BinaryMask m = BinaryMask.parse(
                "#...",
                "..#.",
                "...#");
        assertThat(Morphology.dilate(m, right)).isEqualTo(BinaryMask.parse(
                "##..",
                "..##",
                "...#"));
        // erosion by it keeps a pixel when it and its right neighbour (if inside) are set
        assertThat(Morphology.erode(BinaryMask.parse("##.#", "###."), right)).isEqualTo(BinaryMask.parse(
                "#..#",
                "##.."));
    }

    @Test
    void erosionShrinksButTheBorderDoesNotEat() {
        BinaryMask m = BinaryMask.parse(
                "####..",
                "####..",
                "####..",
                "......");
        assertThat(Morphology.erode(m, SQUARE)).isEqualTo(BinaryMask.parse(
                "###...",
                "###...",
                "......",
                "......"));
        assertThat(Morphology.erode(BinaryMask.filled(new Size(3, 3), true), SQUARE, 5))
                .isEqualTo(BinaryMask.filled(new Size(3, 3), true));
    }

    @Test
    void closingFillsSmallHolesAndGapsAndOpeningRemovesSpecks() {
        BinaryMask holey = BinaryMask.parse(
                ".........",
                ".........",
                "..#####..",
                "..##.##..",
                "..#####..",
                ".........",
                ".........");
        assertThat(Morphology.close(holey, SQUARE)).isEqualTo(BinaryMask.parse(
                ".........",
                ".........",
                "..#####..",
                "..#####..",
                "..#####..",
                ".........",
                "........."));
        // as scikit-image: the border does not erode, so what a closing's dilation pushed onto it stays
        assertThat(Morphology.close(BinaryMask.parse(".....", ".#...", "....."), SQUARE)).isEqualTo(BinaryMask.parse(
                "##...",
                "##...",
                "##..."));
        BinaryMask specked = BinaryMask.parse(
                "#......",
                "...###.",
                "...###.",
                "...###.",
                ".......");
        assertThat(Morphology.open(specked, SQUARE)).isEqualTo(BinaryMask.parse(
                ".......",
                "...###.",
                "...###.",
                "...###.",
                "......."));
        BinaryMask gap = BinaryMask.parse(
                "............",
                "............",
                "..###..###..",
                "..###..###..",
                "............",
                "............");
        assertThat(Morphology.close(gap, SQUARE)).isEqualTo(BinaryMask.parse(
                "............",
                "............",
                "..########..",
                "..########..",
                "............",
                "............"));
        assertThat(Morphology.close(gap, SQUARE, 2)).isEqualTo(Morphology.close(gap, StructuringElement.square(5)));
    }

    @Test
    void structuringElementsAreChecked() {
        assertThatThrownBy(() -> StructuringElement.of("##"))
                .hasMessageContaining("odd width and height").hasMessageContaining("2x1");
        assertThatThrownBy(() -> StructuringElement.square(4)).hasMessageContaining("odd and positive, got 4");
        assertThatThrownBy(() -> StructuringElement.of("...")).hasMessageContaining("at least one set cell");
        assertThat(StructuringElement.disk(1)).isEqualTo(StructuringElement.cross());
        assertThat(StructuringElement.of(new boolean[][] {{true, true, true}})).isEqualTo(StructuringElement.of("###"));
        assertThatThrownBy(() -> Morphology.dilate(BinaryMask.parse("#"), SQUARE, -1))
                .hasMessage("iterations must be 0 or more, got -1");
    }
}
