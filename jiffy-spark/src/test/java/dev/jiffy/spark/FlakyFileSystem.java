package dev.jiffy.spark;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.apache.spark.TaskContext;

/**
 * The local disk as a remote file system ({@code flaky:///path}), so that inputs are copied and GIFs uploaded as on
 * HDFS or S3, and an executor lost mid-upload can be staged: on a task's first attempt, the upload of the output named
 * by {@link #FAIL} stops half-way with an error and its partial file cannot be deleted (the executor is gone). The
 * retry must still leave one whole GIF under that name and nothing else.
 */
public class FlakyFileSystem extends RawLocalFileSystem {
    /** Hadoop setting: the output name whose first upload fails. */
    static final String FAIL = "flaky.fail";
    /** Hadoop setting: an output name that no attempt of a task can look up (a fault Jiffy does not expect). */
    static final String BROKEN = "flaky.broken";
    /** Uploads stopped so far, in this JVM (Spark's local mode runs the tasks here). */
    static final AtomicInteger FAILURES = new AtomicInteger();

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    // The local statuses work out permissions through java.io.File, which takes only file: URIs; the plain ones
    // carry what a remote file system's do.
    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
        return plain(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
        return Arrays.stream(super.listStatus(f)).map(FlakyFileSystem::plain).toArray(FileStatus[]::new);
    }

    private static FileStatus plain(FileStatus s) {
        return new FileStatus(s.getLen(), s.isDirectory(), s.getReplication(), s.getBlockSize(),
                s.getModificationTime(), s.getPath());
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        return flaky(f, super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        return flaky(f, super.create(f, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public boolean exists(Path f) throws IOException {
        if (TaskContext.get() != null && f.getName().equals(getConf().get(BROKEN))) {
            throw new IllegalStateException("injected: a fault in the file system");
        }
        return super.exists(f);
    }

    @Override
    public boolean delete(Path p, boolean recursive) throws IOException {
        return !failing(p) && super.delete(p, recursive);
    }

    private FSDataOutputStream flaky(Path f, FSDataOutputStream real) {
        if (!failing(f)) {
            return real;
        }
        OutputStream halfThenFail = new FilterOutputStream(real) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len / 2);
                out.flush();
                FAILURES.incrementAndGet();
                throw new IOException("injected: the executor was lost mid-upload");
            }
        };
        return new FSDataOutputStream(halfThenFail, statistics);
    }

    /** The named output's upload, on a task's first attempt. */
    private boolean failing(Path f) {
        String name = getConf().get(FAIL);
        TaskContext task = TaskContext.get();
        return name != null && task != null && task.attemptNumber() == 0
                && f.getName().startsWith("." + name + ".attempt-") && f.getName().endsWith(".part");
    }
}
