/**
 * A streaming GIF89a encoder and a decoder, with no dependencies beyond the JDK.
 *
 * <p>API: {@link dev.jiffy.gif.GifWriter} (create, addFrame, close), {@link dev.jiffy.gif.GifOptions},
 * {@link dev.jiffy.gif.Workers} (threads shared with a caller),
 * {@link dev.jiffy.gif.Dither}, {@link dev.jiffy.gif.GifQuality} (the 1..100 knob), and for reading back {@link dev.jiffy.gif.GifDecoder},
 * {@link dev.jiffy.gif.DecodedGif}, {@link dev.jiffy.gif.DecodedFrame}, {@link dev.jiffy.gif.format.GifFormatException},
 * {@link dev.jiffy.gif.GifTooLargeException}; {@link dev.jiffy.gif.IndexedGif} holds a GIF as palette indices and
 * composites its frames on demand, for reading GIFs as input.
 * The subpackages {@code quantize}, {@code dither}, {@code optimize} and {@code lzw} are internal (not exported by the module); {@code format} holds one class per GIF89a block.
 *
 * <pre>{@code
 * try (GifWriter gif = GifWriter.create(out, 480, 270, GifOptions.defaults())) {
 *     for (int i = 0; i < frames.size(); i++) {
 *         gif.addFrame(frames.get(i), (i + 1) / fps);   // end time of frame i in seconds
 *     }
 * }
 * }</pre>
 *
 * <p>Per frame, the encoder writes only the rectangle of pixels that changed (beyond fuzz) with a fresh local palette
 * (histogram median cut refined by k-means; exact when the changed pixels have at most maxColors colours), remaps
 * them with the chosen dither, and leaves transparent every pixel whose displayed colour is already about as good.
 * The LZW stream may be lossy (gifsicle-style, {@link dev.jiffy.gif.GifOptions#lossy()}). The work runs as named
 * stages joined by queues (see {@link dev.jiffy.gif.GifWriter}): palette look-ahead → plan (change detection, once per
 * frame, in order) → palette and dither (in parallel on {@link dev.jiffy.gif.Workers}) → stabilisation, LZW and
 * writing (in order); frames in flight are bounded in bytes, and a cancel flag stops them all.
 * Output is deterministic: the same frames and options give the same bytes, whatever the number of threads.
 */
package dev.jiffy.gif;
