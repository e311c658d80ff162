package dev.jiffy.gif;

import dev.jiffy.gif.format.ImageDescriptor;

/**
 * One image of a GIF as palette indices, one byte a pixel of its own rectangle (not the whole screen).
 *
 * @param descriptor  placement, size, whether a local table came with it, interlacing
 * @param indices     the rectangle's indices in stored row order (interlaced images are re-ordered when drawn)
 * @param table       the colour table that applies (local, else global), opaque 0xFFRRGGBB
 * @param transparent the transparent index, or -1
 * @param disposal    the disposal method, 0..3
 * @param delay       the delay in centiseconds
 */
record IndexedFrame(ImageDescriptor descriptor, byte[] indices, int[] table, int transparent, int disposal,
        int delay) {
}
