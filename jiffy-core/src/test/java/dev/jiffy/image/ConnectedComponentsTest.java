package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {
    private static final BinaryMask DIAGONALS = BinaryMask.parse(
            "#...#",
            ".#.#.",
            "..#..",
            ".....",
            "##..#");

    @Test
    void fourConnectivityDoesNotJoinDiagonalNeighboursButEightDoes() {
        ConnectedComponents four = ConnectedComponents.of(DIAGONALS, Connectivity.FOUR);
        assertThat(four.count()).isEqualTo(7);
        ConnectedComponents eight = ConnectedComponents.of(DIAGONALS, Connectivity.EIGHT);
        assertThat(eight.count()).isEqualTo(3);
        assertThat(eight.size(1)).isEqualTo(5);
        assertThat(eight.size(2)).isEqualTo(2);
        assertThat(eight.size(3)).isEqualTo(1);
        // labels in reading order of each region's first pixel, as scipy.ndimage.label
        assertThat(eight.toLabelArray()).containsExactly(
                1, 0, 0, 0, 1,
                0, 1, 0, 1, 0,
                0, 0, 1, 0, 0,
                0, 0, 0, 0, 0,
                2, 2, 0, 0, 3);
        assertThat(four.label(4, 0)).isEqualTo(2);
        assertThat(four.label(1, 4)).isEqualTo(6);
        assertThat(four.label(1, 0)).isZero();
        assertThatThrownBy(() -> four.size(8)).hasMessage("label 8 is not a region: there are 7 (labels 1 to 7)");
    }

    @Test
    void removeSmallObjectsKeepsRegionsOfAtLeastTheMinimumSize() {
        BinaryMask m = BinaryMask.parse(
                "##....#",
                "##.....",
                "....###",
                "#......");
        assertThat(ConnectedComponents.removeSmallObjects(m, 3, Connectivity.FOUR)).isEqualTo(BinaryMask.parse(
                "##.....",
                "##.....",
                "....###",
                "......."));
        assertThat(ConnectedComponents.removeSmallObjects(m, 4, Connectivity.FOUR)).isEqualTo(BinaryMask.parse(
                "##.....",
                "##.....",
                ".......",
                "......."));
        assertThat(ConnectedComponents.removeSmallObjects(DIAGONALS, 2, Connectivity.FOUR)).isEqualTo(BinaryMask.parse(
                ".....",
                ".....",
                ".....",
                ".....",
                "##..."));
        assertThat(ConnectedComponents.removeSmallObjects(DIAGONALS, 2, Connectivity.EIGHT)).isEqualTo(BinaryMask.parse(
                "#...#",
                ".#.#.",
                "..#..",
                ".....",
                "##..."));
        assertThat(ConnectedComponents.removeSmallObjects(m, 0, Connectivity.FOUR)).isEqualTo(m);
    }

    @Test
    void removeSmallHolesFillsUnsetRegionsSmallerThanTheMinimum() {
        BinaryMask ring = BinaryMask.parse(
                "#######",
                "#.##..#",
                "#.##..#",
                "#######");
        assertThat(ConnectedComponents.removeSmallHoles(ring, 3, Connectivity.FOUR)).isEqualTo(BinaryMask.parse(
                "#######",
                "####..#",
                "####..#",
                "#######"));
        assertThat(ConnectedComponents.removeSmallHoles(ring, 5, Connectivity.FOUR))
                .isEqualTo(BinaryMask.filled(new Size(7, 4), true));
        // a hole is any unset region, including one touching the border, as in scikit-image
        assertThat(ConnectedComponents.removeSmallHoles(BinaryMask.parse(".##", "###"), 2, Connectivity.FOUR))
                .isEqualTo(BinaryMask.parse("###", "###"));
        // diagonal gaps: with 8-connectivity the two unset pixels are one hole of 2
        BinaryMask diagonalHole = BinaryMask.parse(
                "####",
                "#.##",
                "##.#",
                "####");
        assertThat(ConnectedComponents.removeSmallHoles(diagonalHole, 2, Connectivity.FOUR).count()).isEqualTo(16);
        assertThat(ConnectedComponents.removeSmallHoles(diagonalHole, 2, Connectivity.EIGHT)).isEqualTo(diagonalHole);
        assertThatThrownBy(() -> ConnectedComponents.removeSmallHoles(ring, -1, Connectivity.FOUR))
                .hasMessage("minimum size must be 0 or more pixels, got -1");
    }

    @Test
    void keepTouchingKeepsTheRegionsThatHoldASeed() {
        BinaryMask weak = BinaryMask.parse(
                "##...##",
                "##...#.",
                ".....#.");
        BinaryMask seeds = BinaryMask.parse(
                ".......",
                ".......",
                ".....#.");
        assertThat(ConnectedComponents.of(weak, Connectivity.EIGHT).keepTouching(seeds)).isEqualTo(BinaryMask.parse(
                ".....##",
                ".....#.",
                ".....#."));
        assertThatThrownBy(() -> ConnectedComponents.of(weak, Connectivity.EIGHT).keepTouching(BinaryMask.parse("..", "..")))
                .hasMessage("the seeds are 2x2 but the regions 7x3");
    }

    @Test
    void fillEnclosedHolesFillsHolesUpToTheSizeButNeverTheOpenBackground() {
        BinaryMask figure = BinaryMask.parse(
                "..#####",
                "..#.#.#",
                "..#...#",
                "..#####",
                "..#..#.");
        assertThat(ConnectedComponents.fillEnclosedHoles(figure, 5)).isEqualTo(BinaryMask.parse(
                "..#####",
                "..#####",
                "..#####",
                "..#####",
                "..#..#."));
        assertThat(ConnectedComponents.fillEnclosedHoles(figure, 4)).isEqualTo(figure);
    }
}
