/** Jiffy Studio: a local web page that makes a GIF from a video. {@code Studio.start(folder)} serves it. */
module dev.jiffy.studio {
    requires dev.jiffy.core;
    requires jdk.httpserver;

    exports dev.jiffy.studio;
}
