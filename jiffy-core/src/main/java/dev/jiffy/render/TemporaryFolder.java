package dev.jiffy.render;

import dev.jiffy.OutputException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A private folder in the system's temporary directory that goes away however the run ends: closed, interrupted
 * (Ctrl-C, SIGTERM: deleted at shutdown like Jiffy's other temporary files) or killed outright (locked while in use, so
 * a later run with the same prefix deletes it once it is {@link TempPath#ABANDONED_AFTER} old). For a command that
 * must write a file before it can send it elsewhere ({@code jiffy make -o -}).
 */
public final class TemporaryFolder implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TempPath folder;

    private TemporaryFolder(TempPath folder) {
        this.folder = folder;
    }

    /**
     * Creates a new folder {@code PREFIX<random>} in {@code java.io.tmpdir}, first removing folders of the same prefix
     * that killed runs left there.
     *
     * @param prefix the start of the folder's name, letters, digits, dashes and dots, e.g. {@code "jiffy-stdout-"}
     * @return the folder, empty but for its lock file
     * @throws IllegalArgumentException if the prefix has other characters
     * @throws OutputException          if the folder cannot be made
     */
    public static TemporaryFolder create(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("a temporary folder prefix is letters, digits, dashes and dots, got '"
                    + prefix + "'");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        TempPath.removeAbandonedFolders(tmp, Pattern.compile(Pattern.quote(prefix) + "[0-9a-z]+"), Pattern.compile(
                ".*"));
        for (int attempt = 0; ; attempt++) {
            Path path = tmp.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return new TemporaryFolder(TempPath.createFolder(path));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 3) {
                    throw new OutputException("cannot make a temporary folder in " + tmp + ": " + path
                            + " and three others exist already", e);
                }
            } catch (IOException e) {
                throw new OutputException("cannot make a temporary folder in " + tmp + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The folder.
     *
     * @return its absolute path
     */
    public Path path() {
        return folder.path();
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        folder.close();
    }
}
