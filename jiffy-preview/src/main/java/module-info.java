/** The Swing preview window: {@code Clip.preview()} finds it as a service; the CLI's preview command uses it directly. */
module dev.jiffy.preview {
    requires transitive dev.jiffy.core;

    exports dev.jiffy.preview;

    provides dev.jiffy.clip.ClipPreviewer with dev.jiffy.preview.SwingPreviewer;
}
