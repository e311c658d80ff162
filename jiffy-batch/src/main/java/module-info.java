/** Many GIFs from one job list: {@link dev.jiffy.batch.JobList}, {@link dev.jiffy.batch.BatchRunner}. */
module dev.jiffy.batch {
    requires transitive dev.jiffy.core;

    exports dev.jiffy.batch;

    // What gives a row's options their meaning: jiffy-cli provides make's (MakeRows).
    uses dev.jiffy.batch.JobRenderer;
}
