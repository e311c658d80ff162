/** The {@code jiffy} command. Exports nothing; run it with {@code --module dev.jiffy.cli/dev.jiffy.cli.Jiffy}. */
module dev.jiffy.cli {
    requires dev.jiffy.core;
    requires dev.jiffy.preview;
    requires dev.jiffy.batch;
    requires dev.jiffy.studio;
    requires info.picocli;
    // Not called by name: `make` and `probe` open videos through MediaSources, which finds FFmpeg as a service.
    // Required so that the command's module graph always has a decoder in it.
    requires dev.jiffy.ffmpeg;
    // `jiffy run` compiles the user's program; optional, so the command still runs on a runtime without a compiler
    // (a jlink image), where `run` says that it needs a JDK.
    requires static java.compiler;
    requires static jdk.compiler;

    // A job-list row means what make's options mean, in every front end (jiffy batch here, the Spark job elsewhere).
    provides dev.jiffy.batch.JobRenderer with dev.jiffy.cli.MakeRows;

    // picocli reads and sets the commands' annotated fields by reflection.
    opens dev.jiffy.cli to info.picocli;
}
