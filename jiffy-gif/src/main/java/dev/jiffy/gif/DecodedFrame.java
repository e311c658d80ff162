package dev.jiffy.gif;

/**
 * One decoded frame.
 *
 * @param argb              the full logical screen after drawing this frame onto what the previous frames left
 *                          (their disposal methods honoured), packed 0xAARRGGBB, row-major; transparent pixels are 0
 * @param delayCentiseconds the frame's delay as stored in its graphic control extension (0 if it has none)
 * @param disposal          the frame's disposal method: 0 unspecified, 1 do not dispose, 2 restore to background
 *                          (cleared to transparent), 3 restore to previous
 * @param hasLocalPalette   whether the frame carries its own colour table
 */
public record DecodedFrame(int[] argb, int delayCentiseconds, int disposal, boolean hasLocalPalette) {
}
