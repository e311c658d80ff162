/**
 * GIF89a blocks, one class each, written to an {@link java.io.OutputStream} and read from a {@link ByteReader}.
 * Internal to jiffy-gif: not API.
 */
package dev.jiffy.gif.format;
