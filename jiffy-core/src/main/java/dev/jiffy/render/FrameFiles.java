package dev.jiffy.render;

import dev.jiffy.OutputException;
import dev.jiffy.image.Frame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Writes single frames as image files. */
public final class FrameFiles {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8};
    private static final byte[] BMP = {'B', 'M'};

    private FrameFiles() {
    }

    /**
     * Writes {@code frame} as PNG, JPEG or BMP, chosen by the file's extension; PNG keeps transparency.
     *
     * @param frame the picture
     * @param file  the image to write, replaced if it exists (written to a temporary name, then moved)
     * @throws IllegalArgumentException if the name does not end in .png, .jpg, .jpeg or .bmp
     * @throws dev.jiffy.OutputException if the file cannot be written
     */
    public static void write(Frame frame, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String format;
        BufferedImage image;
        if (name.endsWith(".png")) {
            format = "png";
            image = frame.toImage();
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp")) {
            format = name.endsWith(".bmp") ? "bmp" : "jpeg";
            image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
            image.getRaster().setDataElements(0, 0, frame.width(), frame.height(), opaque(frame.toArgbArray()));
        } else {
            throw new IllegalArgumentException("cannot tell the image format of " + file + ": use a .png, .jpg or .bmp name");
        }
        try (AtomicFile out = AtomicFile.create(file, format.toUpperCase(Locale.ROOT), PNG, JPEG, BMP)) {
            try (OutputStream stream = out.open()) {
                if (!ImageIO.write(image, format, stream)) {
                    throw new OutputException("no " + format + " writer available for " + file);
                }
            }
            out.commit();
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static int[] opaque(int[] argb) {
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= 0xFF000000;
        }
        return argb;
    }
}
