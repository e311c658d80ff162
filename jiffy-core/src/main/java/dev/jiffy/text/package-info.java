/**
 * Text as clips, drawn in-process with Java2D (no ImageMagick): {@link dev.jiffy.text.TextClip} describes a text and
 * draws it, {@link dev.jiffy.text.FontFace} finds fonts (two bundled OFL fonts, Noto Sans Bold and Amiri Bold, then
 * this machine's, or a font file), {@link dev.jiffy.image.Colors} names colours.
 */
package dev.jiffy.text;
