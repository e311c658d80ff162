/**
 * Clips, frames and masks, effects, text, rendering, and the interfaces a media decoder or a previewer implements.
 * Every package is API; what is internal within one is package-private.
 */
module dev.jiffy.core {
    // GifExport and the CLI name GifOptions, Dither, PaletteMode, GifQuality: a caller of core needs them too.
    requires transitive dev.jiffy.gif;
    // Frame converts to and from BufferedImage, and text is set with java.awt.Font.
    requires transitive java.desktop;

    exports dev.jiffy;
    exports dev.jiffy.background;
    exports dev.jiffy.clip;
    exports dev.jiffy.compose;
    exports dev.jiffy.fx;
    exports dev.jiffy.image;
    exports dev.jiffy.image.draw;
    exports dev.jiffy.progress;
    exports dev.jiffy.render;
    exports dev.jiffy.source;
    exports dev.jiffy.text;
    exports dev.jiffy.time;

    // Video decoding (jiffy-ffmpeg) and the preview window (jiffy-preview) are found at run time, so that core builds
    // and runs without native code or Swing windows.
    uses dev.jiffy.source.MediaSourceProvider;
    uses dev.jiffy.clip.ClipPreviewer;
}
