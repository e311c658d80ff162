/**
 * The GIF89a encoder and decoder. Exports the API ({@code dev.jiffy.gif}: writer, options, decoder) and the block
 * model ({@code dev.jiffy.gif.format}: one class per GIF89a block, and {@code GifFormatException}, which the decoder
 * throws and callers catch). The encoder's stages ({@code quantize}, {@code dither}, {@code optimize}, {@code lzw})
 * stay inside: their types are public only because {@code dev.jiffy.gif} calls across packages.
 */
module dev.jiffy.gif {
    exports dev.jiffy.gif;
    exports dev.jiffy.gif.format;
}
