package dev.jiffy.render;

import java.util.function.BiConsumer;

/**
 * Hears how a {@link SizeFit} search is going, try by try. Each try is a complete render, whose frame-by-frame
 * progress, warnings and cancel flag are the export's {@link dev.jiffy.progress.RenderListener}'s as for any GIF.
 * Called from the searching thread.
 */
public interface FitListener {
    /** Hears nothing. */
    FitListener NONE = new FitListener() {
    };

    /** Hears each try once encoded: {@code FitListener.onTry((attempt, moreTries) -> System.out.println(attempt))}. */
    static FitListener onTry(BiConsumer<FitTry, Integer> tried) {
        return new FitListener() {
            @Override
            public void tried(FitTry attempt, int moreTries) {
                tried.accept(attempt, moreTries);
            }
        };
    }

    /** Try {@code number} is about to be encoded with {@code settings}. */
    default void starting(int number, FitSettings settings) {
    }

    /**
     * A try was encoded.
     *
     * @param attempt   what was tried and how big it came out
     * @param moreTries how many more tries the search expects at most from what it knows now (0: this was the last);
     *                  with the time tries have taken so far, an estimate of how long the rest will take
     */
    default void tried(FitTry attempt, int moreTries) {
    }
}
