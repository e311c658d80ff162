/** Remapping pixels to palette indices, with or without dithering. Internal to jiffy-gif: not API. */
package dev.jiffy.gif.dither;
