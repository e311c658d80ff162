/**
 * Frame-to-frame optimisation: delays from a running total, change detection with ImageMagick-style fuzz, the changed
 * rectangle, transparency and disposal planning, and the model of what is on screen. Internal to jiffy-gif: not API.
 */
package dev.jiffy.gif.optimize;
