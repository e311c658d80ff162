package dev.jiffy.background;

/** How {@link BackgroundRemoval} finds the background and cuts the masks. */
public enum BackgroundMethod {
    /**
     * The default: keeps whole figures on real footage. The median is repaired where a subject stood for most of the
     * clip (frames where its place was free show what is behind it); thresholds come from the clip's measured noise; faint parts of a figure
     * are kept when they touch clearly different ones (hysteresis); shadows are left out where colour tells them
     * apart; holes enclosed by a figure are filled.
     */
    FIGURES,
    /**
     * The seed article's recipe, exactly: the per-pixel median of the background frames; a fixed threshold on the
     * squared RGB distance (1500); small objects removed, a closing, small holes filled, a blur. Right when the
     * background frames are chosen where the subjects are elsewhere; figures that stand still over the median's
     * frames are cut through.
     */
    SEED
}
