/**
 * Background removal for clips shot with a still camera, in one call: {@link dev.jiffy.background.BackgroundRemoval}.
 * By default the background is found also behind figures that stand still for most of the clip (a median repaired
 * where "ghosts" show), and each frame's mask keeps whole figures (thresholds from the measured noise, the frame's
 * exposure matched, hysteresis, enclosed holes filled, a guided-filter edge); the seed's recipe (a median and a fixed
 * threshold, cleaned and softened with the operations of {@link dev.jiffy.image}) is {@code BackgroundMethod.SEED}.
 */
package dev.jiffy.background;
