package dev.jiffy.spark;

import dev.jiffy.batch.Job;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Inputs and outputs on Hadoop's file systems: an input brought to a local file for FFmpeg, a GIF uploaded under a
 * temporary name and renamed into place, and the note of which row made each GIF (what a re-run skips).
 */
final class HadoopFiles {
    /** Beside the GIFs: per output, the hash of the row that made it and its frames ("hash TAB frames"). */
    static final String MADE = ".jiffy-spark";
    /** An upload in progress: {@code .NAME.attempt-N.part}, hidden from Hadoop's and Spark's readers by its dot. */
    private static final Pattern UPLOAD = Pattern.compile("\\..+\\.attempt-\\d+\\.part");
    /** What a GIF starts with: an existing output is only replaced if it is one (as AtomicFile does locally). */
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);

    private HadoopFiles() {
    }

    /**
     * The file system without checksum files: Hadoop's local file system would write a {@code .NAME.crc} beside each
     * GIF, which nobody reading GIFs wants.
     */
    static FileSystem writable(FileSystem fs) {
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    /**
     * {@code input} as a local file or folder (a folder of frames): itself on the local file system, else a copy in
     * {@code local} under the same name, so FFmpeg's messages name what the row named.
     */
    static java.nio.file.Path fetch(Path input, Configuration conf, java.nio.file.Path local) throws IOException {
        FileSystem fs = input.getFileSystem(conf);
        fs.getFileStatus(input);   // FileNotFoundException, before anything is made
        if (fs instanceof LocalFileSystem onDisk) {
            return onDisk.pathToFile(input).toPath();
        }
        Files.createDirectories(local);
        java.nio.file.Path copy = local.resolve(input.getName());
        fs.copyToLocalFile(false, input, new Path(copy.toUri()), true);
        return copy;
    }

    /**
     * Frames of the GIF {@code job} made in an earlier run, if the GIF is there and the row has not changed since.
     */
    static OptionalInt madeBefore(FileSystem fs, Path folder, Job job, Path gif) throws IOException {
        Path note = note(folder, job);
        if (!fs.exists(gif) || !fs.exists(note)) {
            return OptionalInt.empty();
        }
        String[] made;
        try (InputStream in = fs.open(note)) {
            made = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\t");
        }
        if (made.length != 2 || !made[0].equals(job.hash()) || !made[1].matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(made[1]));
    }

    /** Notes that {@code job} made its GIF, of {@code frames} frames (written whole, then renamed, as the GIF). */
    static void recordMade(FileSystem fs, Path folder, Job job, int frames, long attempt) throws IOException {
        Path note = note(folder, job);
        Path temp = new Path(note.getParent(), "." + note.getName() + ".attempt-" + attempt + ".part");
        try (FSDataOutputStream out = fs.create(temp, true)) {
            out.write((job.hash() + "\t" + frames + "\n").getBytes(StandardCharsets.UTF_8));
        }
        replace(fs, temp, note);
    }

    /**
     * Uploads {@code gif} to {@code target}: written as {@code .NAME.attempt-N.part} beside it, then renamed, so the
     * target is never half-written and a retried task writes the same name again rather than a second copy.
     *
     * @throws IllegalArgumentException if {@code target} exists and is not a GIF (it is never replaced)
     */
    static void publish(FileSystem fs, java.nio.file.Path gif, Path target, long attempt) throws IOException {
        // again: the file may have appeared while the row rendered
        requireReplaceable(fs, target);
        Path temp = new Path(target.getParent(), "." + target.getName() + ".attempt-" + attempt + ".part");
        fs.mkdirs(target.getParent());
        try {
            fs.copyFromLocalFile(false, true, new Path(gif.toUri()), temp);
            replace(fs, temp, target);
        } catch (IOException | RuntimeException e) {
            try {
                fs.delete(temp, false);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Checks that a GIF may be written to {@code target}: it does not exist, or it is a GIF (as AtomicFile replaces
     * only GIFs locally).
     *
     * @throws IllegalArgumentException if {@code target} exists and is not a GIF (it is never replaced)
     */
    static void requireReplaceable(FileSystem fs, Path target) throws IOException {
        if (fs.exists(target) && !startsWithGif(fs, target)) {
            throw new IllegalArgumentException("the output " + target + " exists and is not a GIF; it was left as "
                    + "it is: choose another output name");
        }
    }

    /**
     * Moves {@code temp} to {@code target}, replacing it. Hadoop's rename does not replace, so an existing target
     * (an earlier attempt's GIF, or a changed row's) is deleted first: the same name, never a second file.
     */
    private static void replace(FileSystem fs, Path temp, Path target) throws IOException {
        fs.delete(target, false);
        if (!fs.rename(temp, target)) {
            throw new IOException("cannot rename " + temp + " to " + target);
        }
    }

    private static boolean startsWithGif(FileSystem fs, Path file) throws IOException {
        FileStatus status = fs.getFileStatus(file);
        if (!status.isFile() || status.getLen() < GIF.length) {
            return false;
        }
        byte[] head = new byte[GIF.length];
        try (InputStream in = fs.open(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, GIF);
        }
    }

    /**
     * Deletes uploads that tasks left behind when their executor died mid-upload (a task that fails normally
     * deletes its own). Run by the driver once every task has finished, so none is in progress.
     */
    static void removeAbandonedUploads(Path folder, Configuration conf) {
        try {
            FileSystem fs = writable(folder.getFileSystem(conf));
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                if (UPLOAD.matcher(file.getName()).matches()) {
                    fs.delete(file, false);
                }
            }
        } catch (IOException e) {
            System.err.println("jiffy: warning: could not remove abandoned uploads in " + folder + ": "
                    + e.getMessage());
        }
    }

    private static Path note(Path folder, Job job) {
        return new Path(new Path(folder, MADE), job.output() + ".row");
    }
}
