package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.image.FloatRgb;

/**
 * What background removal made.
 *
 * @param clip       the clip with its background made transparent (its alpha is the mask)
 * @param mask       the mask alone, t ↦ opacity (1 on the subject, 0 on the background): to put on another clip of
 *                   the same size and duration with {@link Clip#withMask(MaskClip)}
 * @param background the estimated background (the per-pixel median of the background frames, repaired where figures
 *                   stood by {@link BackgroundMethod#FIGURES}; or the one given)
 * @param camera     whether the camera seems to move, which breaks the method
 */
public record Cutout(Clip clip, MaskClip mask, FloatRgb background, CameraCheck camera) {
}
