package dev.jiffy.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A temporary file or folder Jiffy writes beside an output: deleted if the JVM is interrupted
 * ({@link ShutdownCleanup}), locked while in use, and so recognisable later as abandoned when a run was killed
 * outright ({@code kill -9}, a power cut) and the next run tidies up ({@link #removeAbandonedFiles},
 * {@link #removeAbandonedFolders}).
 *
 * <p>The lock is an OS file lock on the file itself, or on a {@value #LOCK_FILE} file inside a folder: the OS drops it
 * when the process dies, which tells an abandoned path from one another process is still writing.
 */
final class TempPath implements AutoCloseable {
    /** The file inside a temporary folder that holds its lock. */
    static final String LOCK_FILE = "lock";
    /**
     * How long a temporary path must have been left untouched before another run may delete it, in case the lock does
     * not reach across machines (network file systems). A running render writes its file every few seconds (each 64 KB
     * of output) and its folder at each try, so ten minutes without a change is a run that is gone.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final Path path;
    private final FileChannel channel;
    private boolean released;
    private boolean finished;

    private TempPath(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Creates a new, empty, locked temporary file; fails if the path exists. */
    static TempPath createFile(Path path) throws IOException {
        FileChannel[] channel = new FileChannel[1];
        ShutdownCleanup.create(path, p -> channel[0] = lock(FileChannel.open(p, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)));
        return new TempPath(path, channel[0]);
    }

    /** Creates a new, locked temporary folder; fails if the path exists. */
    static TempPath createFolder(Path path) throws IOException {
        FileChannel[] channel = new FileChannel[1];
        ShutdownCleanup.create(path, p -> {
            Files.createDirectory(p);
            try {
                channel[0] = lock(FileChannel.open(p.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            } catch (IOException | RuntimeException e) {
                ShutdownCleanup.deleteTree(p);   // not registered yet: nobody else would remove it
                throw e;
            }
        });
        return new TempPath(path, channel[0]);
    }

    private static FileChannel lock(FileChannel channel) {
        try {
            channel.lock();   // an exclusive lock on a file nobody else knows of yet: granted at once
        } catch (IOException e) {
            // A file system without locks (some network mounts): the file is still written, and only its age then
            // tells another run that it was abandoned.
        }
        return channel;
    }

    Path path() {
        return path;
    }

    /**
     * A stream writing the temporary file through its locked channel; closing it flushes but keeps the lock (on POSIX
     * systems closing any handle of a file drops the process's locks on it, so writes must not use a second handle).
     */
    OutputStream open() {
        return new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Drops the lock, before the file is moved (some systems cannot move an open file). */
    void release() {
        if (!released) {
            released = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a channel we only wrote through and flushed: nothing is lost
            }
        }
    }

    /** The temporary path has been moved away or is otherwise done with: nothing to delete, here or at shutdown. */
    void finished() {
        release();
        finished = true;
        ShutdownCleanup.forget(path);
    }

    /** Deletes the temporary path (and a folder's contents) unless {@link #finished()} was called. */
    @Override
    public void close() {
        release();
        if (!finished) {
            ShutdownCleanup.deleteTree(path);
            ShutdownCleanup.forget(path);
            finished = true;
        }
    }

    /**
     * Deletes the files in {@code dir} that a killed run of Jiffy left behind: regular files whose names match
     * {@code name}, untouched for {@link #ABANDONED_AFTER}, not registered by this JVM and not locked by any process.
     * Anything else, whatever its name, is left alone.
     */
    static void removeAbandonedFiles(Path dir, Pattern name) {
        removeAbandoned(dir, name, (p, before) -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !isLocked(p));
    }

    /**
     * Deletes the folders in {@code dir} that a killed run of Jiffy left behind, as {@link #removeAbandonedFiles}, and
     * only if everything inside is a file named {@value #LOCK_FILE} or matching {@code contents}, untouched as long.
     */
    static void removeAbandonedFolders(Path dir, Pattern name, Pattern contents) {
        removeAbandoned(dir, name, (p, before) -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                && onlyOurs(p, contents, before) && !(Files.exists(p.resolve(LOCK_FILE)) && isLocked(p.resolve(LOCK_FILE))));
    }

    /** Whether a path whose name and age say it may be abandoned is: its kind, contents and lock. */
    private interface Check {
        boolean abandoned(Path path, Instant before) throws IOException;
    }

    private static void removeAbandoned(Path dir, Pattern name, Check check) {
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> name.matcher(
                p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                Path absolute = p.toAbsolutePath().normalize();
                if (!ShutdownCleanup.isRegistered(absolute) && !Files.isSymbolicLink(absolute)
                        && olderThan(absolute, before) && check.abandoned(absolute, before)) {
                    ShutdownCleanup.deleteTree(absolute);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying up is a courtesy: a folder we cannot list is reported, if at all, by the write that follows
        }
    }

    private static boolean onlyOurs(Path folder, Pattern contents, Instant before) throws IOException {
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
            for (Path q : inside) {
                String n = q.getFileName().toString();
                if (!(n.equals(LOCK_FILE) || contents.matcher(n).matches())
                        || !Files.isRegularFile(q, LinkOption.NOFOLLOW_LINKS) || !olderThan(q, before)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean olderThan(Path p, Instant before) throws IOException {
        FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        return modified.toInstant().isBefore(before);
    }

    /** Whether another process holds a lock on the file (or we cannot tell, which counts as locked). */
    private static boolean isLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
