package dev.jiffy.background;

import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Mask;

/**
 * What the clip's frames say about its background.
 *
 * @param background the empty scene, pixel by pixel
 * @param confidence per pixel, the fraction (0..1) of the frames looked at that showed the background there: low
 *                   where something stood most of the time (the background there comes from the few frames it was
 *                   free)
 * @param noise      the standard deviation of the camera's noise, in levels of one channel (0..255), measured on the
 *                   frames: what the thresholds are set from
 */
record BackgroundEstimate(FloatRgb background, Mask confidence, double noise) {
}
