package dev.jiffy.render;

import dev.jiffy.OutputException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * An output written under a temporary name beside its target and moved into place only when complete, so a failed or
 * cancelled run never leaves a half-written file and never replaces the target with garbage. The temporary file,
 * {@code .NAME.RANDOM.part}, is deleted if the JVM is interrupted (Ctrl-C, SIGTERM), and one that a killed run left
 * behind is deleted by the next write of the same target (see {@link TempPath#removeAbandonedFiles}).
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final TempPath temp;

    private AtomicFile(Path target, TempPath temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Prepares to write {@code target}. An existing target is only replaced if its first bytes start with
     * {@code expectedMagic} (a GIF replaces a GIF, but a video given as the output by mistake is never overwritten).
     *
     * @param target        the file to write in the end
     * @param kind          what is written, for messages ("GIF", "PNG")
     * @param expectedMagic the leading bytes of files it may replace; an existing file starting otherwise is refused
     * @return the file, ready for {@link #open()}; close it in try-with-resources so an unfinished file is deleted
     * @throws OutputException if the target cannot be written, naming the reason
     */
    public static AtomicFile create(Path target, String kind, byte[]... expectedMagic) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new OutputException("cannot write " + target + ": it is a folder; give a file name such as "
                    + target.resolve("out." + kind.toLowerCase(java.util.Locale.ROOT)));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        if (Files.exists(absolute) && !startsWithAny(absolute, expectedMagic) && !emptyAndNamedFor(absolute, kind)) {
            throw new OutputException("refusing to overwrite " + target + ": it exists and is not a " + kind
                    + " file (is it one of the inputs?)");
        }
        String name = absolute.getFileName().toString();
        TempPath.removeAbandonedFiles(dir, Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9a-z]{1,13}\\.part"));
        try {
            // Not createTempFile: its owner-only permissions would stay on the finished file; a new file honours umask.
            // The random part must be unique, not secret: the file is created only if new, and a name already taken
            // is tried again with another. SecureRandom's first use set up the JDK's security providers on the way
            // to the first frame (52-77 ms, load 5: bench/HISTORY.md, "Speed against the decode floor", branch
            // startup).
            TempPath temp = TempPath.createFile(dir.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part"));
            return new AtomicFile(absolute, temp);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return create(target, kind, expectedMagic);
        } catch (AccessDeniedException e) {
            throw new OutputException("cannot write " + target + ": folder " + dir + " is not writable");
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsWithAny(Path file, byte[][] magics) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            for (byte[] magic : magics) {
                if (head.length >= magic.length && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An empty file named for this kind ({@code out.gif} for a GIF; a placeholder someone made): nothing to lose. An
     * empty {@code important.txt} is not replaced by a GIF: its name says it is meant for something else.
     */
    private static boolean emptyAndNamedFor(Path file, String kind) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String ext = kind.toLowerCase(java.util.Locale.ROOT);
        boolean named = name.endsWith("." + ext) || ext.equals("jpeg") && name.endsWith(".jpg");
        try {
            return named && Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The file that {@link #commit()} writes.
     *
     * @return the target path
     */
    public Path target() {
        return target;
    }

    /**
     * A stream to the temporary file; closing it does not commit.
     *
     * @return a buffered stream; the caller closes it before {@link #commit()}
     * @throws OutputException if the temporary file cannot be created
     */
    public OutputStream open() {
        return new BufferedOutputStream(temp.open(), 1 << 16);
    }

    /**
     * Where the data goes until {@link #commit()}: a hidden file beside the target, so the move stays on one file
     * system.
     *
     * @return the temporary path
     */
    public Path tempPath() {
        return temp.path();
    }

    /**
     * Moves the finished file into place.
     *
     * @throws OutputException if the move fails, naming the target and the reason
     */
    public void commit() {
        temp.release();
        moveIntoPlace(temp.path());
        temp.finished();
    }

    /**
     * Moves {@code finished}, a complete file in the target's folder (such as the winning try of a size search), into
     * place instead of the temporary file; the temporary file is deleted.
     *
     * @param finished a complete file in the target's folder; it is moved, not copied
     * @throws OutputException if the move fails, naming the target and the reason
     */
    public void commitFrom(Path finished) {
        moveIntoPlace(finished);
        temp.close();
    }

    private void moveIntoPlace(Path finished) {
        try {
            try {
                Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputException("cannot move the finished file into place at " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        temp.close();
    }
}
