/**
 * Background removal for clips shot with a still camera, in one call: {@link dev.jiffy.background.BackgroundRemoval}.
 * The background is the per-pixel median of frames spread over the clip; each frame's mask is its difference from it,
 * cleaned and softened with the operations of {@link dev.jiffy.image}.
 */
package dev.jiffy.background;
