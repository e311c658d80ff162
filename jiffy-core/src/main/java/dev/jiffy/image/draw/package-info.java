/**
 * Drawing masks: splits along a line, circles, rectangles, linear and radial gradients, as MoviePy's
 * {@code moviepy.video.tools.drawing} does ({@code color_split}, {@code circle}, {@code color_gradient}). Every factory
 * returns a new immutable {@link dev.jiffy.image.Mask}; give it to a clip with {@code MaskClip.of(mask)}.
 *
 * <h2>Coordinates</h2>
 * Pixels are little squares: x grows to the right, y grows <em>down</em>, (0, 0) is the top-left corner of the
 * top-left pixel, and pixel (i, j) covers [i, i+1] × [j, j+1] (its centre is (i + ½, j + ½)). So a split at
 * {@code x = 3} runs along the boundary between columns 2 and 3, and a rectangle from (1, 1) to (4, 3) covers exactly
 * columns 1..3 of rows 1..2. Points may lie outside the picture.
 *
 * <h2>Edges</h2>
 * Every soft edge is a linear ramp <em>centred</em> on the geometric edge (the line, the circle, the rectangle's side):
 * a width {@code w} goes from the first value at distance w/2 on one side to the second value at w/2 on the other, and
 * pixels on the edge itself get the average. Each pixel's value is the exact mean of that ramp over the pixel's square
 * (for circles and radial gradients, the mean over the edge's tangent at the pixel), so a hard edge (width 0) is still
 * antialiased by coverage, a pixel the edge cuts in half gets exactly ½, and edges on whole pixel boundaries stay hard.
 * Swapping the two sides of any shape gives the complementary mask.
 */
package dev.jiffy.image.draw;
