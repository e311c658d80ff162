package dev.jiffy.preview;

import dev.jiffy.JiffyException;

/** Run in a child JVM without a display by {@link NoDisplayTest}: calls {@code clip.preview()} as a user would. */
public final class NoDisplayMain {
    private NoDisplayMain() {
    }

    public static void main(String[] args) {
        try {
            TestClips.blocks().preview();
            System.out.println("the preview opened");
        } catch (JiffyException e) {
            System.err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
