package dev.jiffy.clip;

import dev.jiffy.MediaException;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of still pictures (PNG or JPEG) played one after the other at a fixed rate, as MoviePy's
 * {@code ImageSequenceClip}: the files are taken in natural name order ({@code frame2.png} before {@code frame10.png}),
 * must all be the same size, and are decoded only when their frame is asked for (so memory does not grow with the
 * number of files). Frame {@code k} shows from {@code k/fps} to {@code (k+1)/fps}.
 */
public final class ImageSequenceClip implements Clip {
    private static final String KINDS = "PNG, JPEG";
    private final List<Path> files;
    private final Size size;
    private final FrameRate fps;
    private volatile Cached last;

    private record Cached(int index, Frame frame) {
    }

    private ImageSequenceClip(List<Path> files, Size size, FrameRate fps) {
        this.files = List.copyOf(files);
        this.size = size;
        this.fps = fps;
    }

    /** The PNG and JPEG files in {@code folder}, in natural name order, at {@code fps} frames per second. */
    public static ImageSequenceClip of(Path folder, double fps) {
        return of(folder, FrameRate.of(fps));
    }

    public static ImageSequenceClip of(Path folder, FrameRate fps) {
        return of(imagesIn(folder), fps);
    }

    /**
     * The PNG and JPEG files in {@code folder} (names ending in .png, .jpg or .jpeg, any case; hidden files left out),
     * in natural name order.
     *
     * @throws MediaException if the folder cannot be read or holds no such file
     */
    public static List<Path> imagesIn(Path folder) {
        java.util.Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new MediaException("no such folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = new ArrayList<>(list.filter(Files::isRegularFile).filter(ImageSequenceClip::isImageName).toList());
        } catch (IOException e) {
            throw new MediaException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new MediaException("no PNG or JPEG files in " + folder + " (names ending in .png, .jpg or .jpeg)");
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), ImageSequenceClip::compareNatural));
        return files;
    }

    /** These image files, in this order, at {@code fps} frames per second. */
    public static ImageSequenceClip of(List<Path> files, FrameRate fps) {
        java.util.Objects.requireNonNull(files, "files");
        java.util.Objects.requireNonNull(fps, "fps");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an image sequence needs at least one file");
        }
        Size first = null;
        Path firstFile = null;
        for (Path file : files) {
            Size s = ImageFiles.sizeOf(file, KINDS);
            if (first == null) {
                first = s;
                firstFile = file;
            } else if (!first.equals(s)) {
                throw new MediaException("all images must be the same size: " + file + " is " + s + " but "
                        + firstFile.getFileName() + " is " + first);
            }
        }
        return new ImageSequenceClip(files, first, fps);
    }

    /** The files, in the order they play. */
    public List<Path> files() {
        return files;
    }

    @Override
    public double duration() {
        return fps.timeOf(files.size());
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public Optional<FrameRate> fps() {
        return Optional.of(fps);
    }

    @Override
    public Frame frame(double t) {
        double time = dev.jiffy.time.Timeline.requireInClip(t, duration());
        int index = (int) Math.min(files.size() - 1, fps.indexAt(time));
        Cached c = last;
        if (c != null && c.index == index) {
            return c.frame;
        }
        Frame frame = ImageFiles.read(files.get(index), KINDS);
        if (frame.width() != size.width() || frame.height() != size.height()) {
            throw new MediaException("all images must be the same size: " + files.get(index) + " is " + frame.size()
                    + " but the first is " + size);
        }
        last = new Cached(index, frame);
        return frame;
    }

    @Override
    public String toString() {
        return "ImageSequenceClip(" + files.size() + " images, " + size + ", " + fps + " fps)";
    }

    private static boolean isImageName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg"));
    }

    /** Natural order: runs of digits compare as numbers ("frame2" before "frame10"), the rest case-insensitively. */
    public static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
