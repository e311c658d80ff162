package dev.jiffy.text;

import dev.jiffy.MediaException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One typeface a {@link TextClip} can be drawn in: a font bundled with Jiffy (the same on every machine), a font
 * installed on this machine, or a TrueType/OpenType file.
 *
 * <pre>{@code
 * FontFace.defaultFace()                 // Noto Sans Bold, bundled
 * FontFace.named("Amiri-Bold")           // by full name, family name or PostScript name; case, spaces and dashes ignored
 * FontFace.file(Path.of("MyFont.otf"))   // a font file
 * FontFace.available()                   // bundled first, then this machine's
 * }</pre>
 */
public final class FontFace {
    /** Where a face comes from. */
    public enum Origin {
        /** Shipped in Jiffy's jar (Noto Sans Bold, Amiri Bold): the same on every machine. */
        BUNDLED,
        /** Installed on this machine: found by name, but absent elsewhere. */
        SYSTEM,
        /** Read from a file given by path. */
        FILE
    }

    private final String name;
    private final String family;
    private final String postScriptName;
    private final Origin origin;
    private final Path file;
    private final Font font;

    FontFace(Font font, Origin origin, Path file) {
        this.font = Objects.requireNonNull(font, "font");
        this.name = font.getFontName(Locale.ENGLISH);
        this.family = font.getFamily(Locale.ENGLISH);
        this.postScriptName = font.getPSName();
        this.origin = origin;
        this.file = file;
    }

    /**
     * The bundled default, Noto Sans Bold: a bold sans that reads well on video.
     *
     * @return the default face
     */
    public static FontFace defaultFace() {
        return FontCatalog.bundledFaces().get(0);
    }

    /**
     * The face called {@code name}: its full name ("Amiri Bold"), PostScript name ("Amiri-Bold") or family ("Amiri",
     * which picks the family's regular face when it has one). Case, spaces, dashes and underscores do not matter.
     * Bundled fonts win over installed ones of the same name.
     *
     * @param name the name to look for
     * @return the face
     * @throws IllegalArgumentException if there is no such font, listing the closest names there are
     */
    public static FontFace named(String name) {
        return FontCatalog.find(name);
    }

    /**
     * The font in a TrueType or OpenType file ({@code .ttf}, {@code .otf}; the first face of a {@code .ttc}).
     *
     * @param file the font file
     * @return the face, with {@link Origin#FILE}
     * @throws MediaException if the file is missing, unreadable or not a font Java can read
     */
    public static FontFace file(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new MediaException("no such font file: " + file);
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            if (fonts.length == 0) {
                throw new MediaException("the font file " + file + " holds no font");
            }
            return new FontFace(fonts[0], Origin.FILE, file);
        } catch (FontFormatException e) {
            throw new MediaException("not a TrueType or OpenType font: " + file + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new MediaException("cannot read the font file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fonts bundled with Jiffy, the default first.
     *
     * @return an unmodifiable list
     */
    public static List<FontFace> bundled() {
        return FontCatalog.bundledFaces();
    }

    /**
     * Every face that {@link #named} finds: the bundled ones first, then this machine's, by name.
     *
     * @return an unmodifiable list
     */
    public static List<FontFace> available() {
        return FontCatalog.all();
    }

    /**
     * Why this machine's fonts could not be listed, if they could not (then only bundled fonts and files work).
     *
     * @return the reason, in one line, or empty when the system fonts were listed
     */
    public static Optional<String> systemProblem() {
        return FontCatalog.systemProblem();
    }

    /**
     * The full name, e.g. "Amiri Bold".
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The family, e.g. "Amiri".
     *
     * @return the family name
     */
    public String family() {
        return family;
    }

    /**
     * The PostScript name, e.g. "Amiri-Bold" (ImageMagick's and MoviePy's way of naming fonts).
     *
     * @return the PostScript name
     */
    public String postScriptName() {
        return postScriptName;
    }

    /**
     * Where the face comes from.
     *
     * @return bundled, system or file
     */
    public Origin origin() {
        return origin;
    }

    /**
     * The file it was read from, for {@link Origin#FILE} faces.
     *
     * @return the file, or empty for bundled and system faces
     */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Whether this face has a glyph for every character of {@code text} that shows (spaces and controls aside).
     *
     * @param text the text to check
     * @return false if some visible character has no glyph in this face (it would draw as a box)
     */
    public boolean canDisplay(String text) {
        return firstMissing(text) < 0;
    }

    /**
     * The index (in chars) of the first character of {@code text} that this face has no glyph for, or -1. Whitespace,
     * control and invisible formatting characters (such as the zero-width joiner) are not drawn and not counted.
     */
    int firstMissing(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean invisible = Character.isWhitespace(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT;
            if (!invisible && !font.canDisplay(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** This face at {@code size} pixels. */
    Font at(float size) {
        return font.deriveFont(size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontFace f && f.name.equals(name) && f.origin == origin && Objects.equals(f.file, file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, origin, file);
    }

    @Override
    public String toString() {
        return switch (origin) {
            case BUNDLED -> name + " (bundled)";
            case SYSTEM -> name;
            case FILE -> name + " (" + file + ")";
        };
    }
}
