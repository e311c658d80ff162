/**
 * Palette building (histogram → variance-minimising median cut → k-means refinement) and nearest-colour search.
 * Internal to jiffy-gif: not API.
 */
package dev.jiffy.gif.quantize;
