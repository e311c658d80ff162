package dev.jiffy.render;

import dev.jiffy.JiffyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deletes the temporary files and folders still registered when the JVM shuts down, so Ctrl-C or SIGTERM in the middle
 * of a render leaves nothing behind. One hook per JVM, installed on first use; each temporary path registers when it
 * is created and unregisters when it is committed or deleted, so nothing accumulates however many renders run.
 *
 * <p>Creation and the hook share a lock: once the hook has started, creating another temporary path fails instead of
 * leaving a file the hook has already passed by.
 */
final class ShutdownCleanup {
    private static final Object LOCK = new Object();
    private static final Set<Path> PATHS = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private ShutdownCleanup() {
    }

    /** Makes a file or folder at a path; see {@link #create}. */
    interface Creator {
        void create(Path path) throws IOException;
    }

    /**
     * Runs {@code creator} and registers {@code path} for deletion at shutdown, atomically with respect to the hook.
     *
     * @throws JiffyException if the JVM is already shutting down (the render was interrupted)
     */
    static void create(Path path, Creator creator) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new JiffyException("interrupted: not creating " + path + " while Java shuts down");
            }
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(ShutdownCleanup::deleteAll, "jiffy-cleanup"));
                hookInstalled = true;
            }
            creator.create(path);
            PATHS.add(path);
        }
    }

    /** The path was committed or deleted: the hook no longer needs to delete it. */
    static void forget(Path path) {
        synchronized (LOCK) {
            PATHS.remove(path);
        }
    }

    /** Whether this JVM registered {@code path} and has not let it go: a live temporary path, never abandoned. */
    static boolean isRegistered(Path path) {
        synchronized (LOCK) {
            return PATHS.contains(path);
        }
    }

    /** How many paths are registered now; for tests that check nothing stays registered. */
    static int registered() {
        synchronized (LOCK) {
            return PATHS.size();
        }
    }

    private static void deleteAll() {
        List<Path> paths;
        synchronized (LOCK) {
            shuttingDown = true;
            paths = new ArrayList<>(PATHS);
            PATHS.clear();
        }
        for (Path p : paths) {
            deleteTree(p);
        }
    }

    /**
     * Deletes a file, or a folder and everything in it, as far as it can: used for temporary paths, where a file that
     * cannot be deleted must not hide the error that led here.
     */
    static void deleteTree(Path path) {
        // A render thread may still be moving a finished try into a folder while the hook empties it: go round again.
        for (int attempt = 0; attempt < 3 && Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // the next round, or nothing more can be done
                    }
                });
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // the next round, or nothing more can be done
            }
        }
    }
}
