package dev.jiffy.preview;

import java.awt.image.BufferedImage;

/**
 * One frame ready to paint: the clip's pixels and what is shown (the same image, or the frame as the GIF shows it).
 * Neither image is changed after it is made.
 */
record Picture(int index, boolean asGif, BufferedImage source, BufferedImage shown) {

    long bytes() {
        long one = 4L * source.getWidth() * source.getHeight();
        return shown == source ? one : 2 * one;
    }
}
