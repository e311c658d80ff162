package dev.jiffy.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder the studio was started in: the only files it reads, and the only place it writes. A name from the page
 * is resolved against it and then checked by its real path (symbolic links followed), so {@code ..}, absolute paths
 * and links that lead out are all refused the same way.
 */
final class Folder {
    /** What the file list offers: the containers FFmpeg reads that people keep videos in, and GIFs to edit. */
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "mpg",
            "mpeg", "ogv", "flv", "wmv", "ts", "gif");
    private final Path root;
    /** The names of uploads still arriving: taken, though no file has them yet (each is written under a temporary name). */
    private final Set<Path> arriving = new HashSet<>();

    private Folder(Path root) {
        this.root = root;
    }

    /** The folder at {@code dir} (its real path). */
    static Folder of(Path dir) {
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException(dir + " is not a folder: start the studio in the folder of your videos");
            }
            return new Folder(real);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open the folder " + dir + ": " + e.getMessage());
        }
    }

    Path root() {
        return root;
    }

    /**
     * The existing regular file {@code name} names inside the folder.
     *
     * @throws IllegalArgumentException if it is outside the folder (by name or by link) or does not exist
     */
    Path file(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no file named: choose a video from the list");
        }
        Path real;
        try {
            real = root.resolve(name).normalize().toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("there is no file " + name + " in " + root);
        }
        if (!isInside(real)) {
            throw new IllegalArgumentException(name + " is not a file in " + root + ": only files in that folder can be opened");
        }
        return real;
    }

    /**
     * Where a file named {@code name} goes in the folder, beside the others (not in a subfolder).
     *
     * @throws IllegalArgumentException if the name is not a plain file name
     */
    Path output(String name) {
        Path p = Path.of(name);
        if (p.getNameCount() != 1 || p.isAbsolute() || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException(name + " is not a plain file name: the GIF goes in " + root);
        }
        Path out = root.resolve(p);
        if (Files.isSymbolicLink(out)) {
            throw new IllegalArgumentException(name + " is a link: the studio writes only plain files in " + root);
        }
        return out;
    }

    /**
     * Where an uploaded video named {@code name} (as the browser gives it) is saved: the same name with any
     * character a file name should not have replaced by {@code _}, numbered ({@code clip-2.mp4}) if taken by a file
     * or by an upload still arriving, so two uploads of one name at the same time both land. The name stays taken
     * until the upload is closed (saved or given up).
     *
     * @throws IllegalArgumentException if the name is a path, hidden, or not a video's
     */
    Upload reserveUpload(String given) {
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("the upload has no file name");
        }
        // Checked as it is saved: " .hidden.webm" is ".hidden.webm" once stripped.
        String name = given.strip();
        if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException("'" + name + "' is a path: an upload is saved under its own file name in "
                    + root);
        }
        if (name.startsWith(".")) {
            throw new IllegalArgumentException("'" + name + "' is a hidden file's name: give the video a plain name");
        }
        if (!VIDEO_EXTENSIONS.contains(extension(name))) {
            throw new IllegalArgumentException("'" + name + "' is not a video: the studio takes " + VIDEO_EXTENSIONS
                    .stream().sorted().map(e -> "." + e).toList());
        }
        String safe = name.replaceAll("[^\\p{L}\\p{N} ._()+-]", "_");
        int dot = safe.lastIndexOf('.');
        synchronized (arriving) {
            Path target = root.resolve(safe);
            for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS) || arriving.contains(target); n++) {
                target = root.resolve(safe.substring(0, dot) + "-" + n + safe.substring(dot));
            }
            arriving.add(target);
            return new Upload(target);
        }
    }

    /** A name an upload has taken while it arrives; closing it frees the name (the saved file then holds it). */
    final class Upload implements AutoCloseable {
        private final Path target;

        private Upload(Path target) {
            this.target = target;
        }

        /** Where the upload is saved. */
        Path target() {
            return target;
        }

        @Override
        public void close() {
            synchronized (arriving) {
                arriving.remove(target);
            }
        }
    }

    /** The name, relative to the folder, of a file inside it. */
    String nameOf(Path file) {
        return root.relativize(file).toString();
    }

    /** The videos directly in the folder, by name. */
    List<String> videos() {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(this::isInside).map(f -> f.getFileName().toString())
                    .filter(n -> VIDEO_EXTENSIONS.contains(extension(n))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Whether {@code file} is a regular file whose real path (links followed) is inside the folder. */
    private boolean isInside(Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real);
        } catch (IOException e) {
            return false;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
