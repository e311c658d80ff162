package dev.jiffy.image;

/**
 * Which neighbours of a pixel touch it, for connected components: scikit-image's {@code connectivity=1} is
 * {@link #FOUR}, {@code connectivity=2} is {@link #EIGHT}.
 */
public enum Connectivity {
    /** Left, right, up and down: pixels that share an edge (scikit-image's default, connectivity=1). */
    FOUR,
    /** The four edge neighbours and the four diagonal ones (connectivity=2). */
    EIGHT
}
