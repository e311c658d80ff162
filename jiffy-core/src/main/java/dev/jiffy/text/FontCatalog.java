package dev.jiffy.text;

import dev.jiffy.JiffyException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The faces {@link FontFace#named} can find: Jiffy's bundled fonts (loaded from the jar on first use) and this
 * machine's (asked of Java2D on first use). Lookups ignore case, spaces, dashes and underscores.
 */
final class FontCatalog {
    /** Resource names of the bundled fonts, the default first. Their licence is OFL.txt beside them. */
    static final List<String> BUNDLED_FILES = List.of("NotoSans-Bold.ttf", "Amiri-Bold.ttf");

    private static final Set<String> LOGICAL_FAMILIES = Set.of("dialog", "dialoginput", "serif", "sansserif", "monospaced");
    private static final int SUGGESTIONS = 5;

    private static volatile List<FontFace> bundled;
    private static volatile List<FontFace> system;
    private static volatile String systemProblem;

    private FontCatalog() {
    }

    static List<FontFace> bundledFaces() {
        List<FontFace> b = bundled;
        if (b == null) {
            synchronized (FontCatalog.class) {
                b = bundled;
                if (b == null) {
                    List<FontFace> loaded = new ArrayList<>();
                    for (String file : BUNDLED_FILES) {
                        loaded.add(loadBundled(file));
                    }
                    b = List.copyOf(loaded);
                    bundled = b;
                }
            }
        }
        return b;
    }

    /** This machine's faces, by name, without Java's logical fonts and without copies of the bundled ones. */
    static List<FontFace> systemFaces() {
        List<FontFace> s = system;
        if (s == null) {
            synchronized (FontCatalog.class) {
                s = system;
                if (s == null) {
                    s = loadSystem();
                    system = s;
                }
            }
        }
        return s;
    }

    /** Why the machine's fonts could not be listed (then only the bundled ones are available), if they could not. */
    static Optional<String> systemProblem() {
        systemFaces();
        return Optional.ofNullable(systemProblem);
    }

    static List<FontFace> all() {
        List<FontFace> all = new ArrayList<>(bundledFaces());
        all.addAll(systemFaces());
        return List.copyOf(all);
    }

    static FontFace find(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no font name given; the default is " + FontFace.defaultFace().name());
        }
        String key = key(name);
        List<FontFace> faces = all();
        for (FontFace f : faces) {
            if (key(f.name()).equals(key) || key(f.postScriptName()).equals(key)) {
                return f;
            }
        }
        Optional<FontFace> byFamily = faces.stream()
                .filter(f -> key(f.family()).equals(key))
                .min(Comparator.comparing(FontFace::origin).thenComparingInt(f -> regularity(f, key)));
        if (byFamily.isPresent()) {
            return byFamily.get();
        }
        throw new IllegalArgumentException(unknown(name, faces));
    }

    static String unknown(String name, List<FontFace> faces) {
        Set<String> candidates = new LinkedHashSet<>();
        for (FontFace f : faces) {
            candidates.add(f.name());
            candidates.add(f.family());
        }
        List<String> closest = NameDistance.closest(name, candidates, SUGGESTIONS);
        StringBuilder b = new StringBuilder("no font named '").append(name).append("'; ");
        if (closest.isEmpty()) {
            b.append("the bundled fonts are ")
                    .append(String.join(", ", bundledFaces().stream().map(FontFace::name).toList()))
                    .append(" (").append(faces.size()).append(" fonts in all)");
        } else {
            b.append("closest: ").append(String.join(", ", closest));
        }
        if (systemProblem != null) {
            b.append("; this machine's fonts could not be listed: ").append(systemProblem);
        }
        return b.toString();
    }

    /** Lower case, letters and digits only: "Amiri-Bold", "amiri bold" and "AMIRI_BOLD" are the same. */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** 0 for a family's regular face, 1 for other upright faces, 2 for the rest: "Amiri" means Amiri Regular. */
    private static int regularity(FontFace f, String familyKey) {
        String rest = key(f.name()).substring(Math.min(familyKey.length(), key(f.name()).length()));
        if (rest.isEmpty() || rest.equals("regular") || rest.equals("book") || rest.equals("roman")) {
            return 0;
        }
        return rest.contains("italic") || rest.contains("oblique") || rest.contains("slanted") ? 2 : 1;
    }

    private static FontFace loadBundled(String file) {
        try (InputStream in = FontCatalog.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new JiffyException("the bundled font " + file + " is missing from Jiffy's jar (a broken build?)");
            }
            return new FontFace(Font.createFont(Font.TRUETYPE_FONT, in), FontFace.Origin.BUNDLED, null);
        } catch (IOException | FontFormatException e) {
            throw new JiffyException("cannot load the bundled font " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<FontFace> loadSystem() {
        Font[] fonts;
        try {
            fonts = GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts();
        } catch (RuntimeException | Error e) {
            // A machine without fontconfig or without any font: the bundled fonts still work; say why in listings.
            systemProblem = e.toString();
            return List.of();
        }
        Set<String> bundledNames = new LinkedHashSet<>();
        for (FontFace f : bundledFaces()) {
            bundledNames.add(key(f.name()));
        }
        List<FontFace> faces = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Font font : fonts) {
            FontFace face = new FontFace(font, FontFace.Origin.SYSTEM, null);
            String k = key(face.name());
            if (LOGICAL_FAMILIES.contains(key(face.family())) || bundledNames.contains(k) || !seen.add(k)) {
                continue;
            }
            faces.add(face);
        }
        faces.sort(Comparator.comparing(FontFace::name, String.CASE_INSENSITIVE_ORDER).thenComparing(FontFace::name));
        return List.copyOf(faces);
    }
}
