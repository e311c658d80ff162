package dev.jiffy.clip;

import dev.jiffy.MediaException;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads still pictures (PNG, JPEG, BMP, GIF's first frame) with ImageIO, the size from the header first: a picture
 * beyond {@link #MAX_PIXELS} is refused before its pixels are allocated, so a 109 KB PNG claiming 30000x30000 is an
 * error message rather than an {@link OutOfMemoryError}.
 */
final class ImageFiles {
    /**
     * The largest picture read: 2^27 pixels (11585x11585, four times 8K UHD). Reading one holds it twice (ImageIO's
     * raster and the frame's 4-byte pixels), 1 GiB at this size, so beyond it no default heap would do.
     */
    static final long MAX_PIXELS = 1L << 27;

    private ImageFiles() {
    }

    /** Width and height from the file's header, without decoding the pixels. */
    static Size sizeOf(Path file, String kinds) {
        return withReader(file, kinds, reader -> checked(file, reader));
    }

    /** The picture in {@code file}; {@code kinds} names the formats for messages, e.g. "PNG, JPEG". */
    static Frame read(Path file, String kinds) {
        return withReader(file, kinds, reader -> {
            checked(file, reader);
            BufferedImage image = reader.read(0);
            return Frame.fromImage(image);
        });
    }

    private interface ReaderUse<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(Path file, String kinds, ReaderUse<T> use) {
        if (!Files.isRegularFile(file)) {
            throw new MediaException("no such image: " + file);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new MediaException("cannot read the image " + file);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new MediaException("not an image file Java can read (" + kinds + "): " + file);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return use.apply(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaException m) {
                throw m;
            }
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw oom; // ImageIO's PNG reader wraps it: it is the heap, not the file, and is reported as such
            }
            // ImageIO reports a damaged file with IOExceptions and, from some plugins, unchecked exceptions
            throw new MediaException("cannot read the image " + file + ": " + e.getMessage(), e);
        }
    }

    private static Size checked(Path file, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new MediaException("the image " + file + " says it is " + width + "x" + height
                    + "; a picture needs at least 1x1 pixels");
        }
        Size size = new Size(width, height);
        if (size.pixels() > MAX_PIXELS) {
            throw new MediaException("the image " + file + " is " + size + " (" + size.pixels() / 1_000_000
                    + " megapixels), more than Jiffy reads (" + MAX_PIXELS / 1_000_000 + " megapixels); scale it down");
        }
        return size;
    }
}
