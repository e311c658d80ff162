package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.OutputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A single-file Java program compiled into a cache folder named by the hash of its source, Jiffy's class path and the
 * Java version, so running it again skips the compiler: a trivial program took 2.9-3.7 s through
 * {@code java Prog.java} and 0.9-1.2 s from the cache (2 cores under load, 2026-12-06). The main class is the first
 * top-level class in the file, as {@code java Prog.java} has it.
 */
final class CompiledProgram {
    /** Holds the main class's binary name; written last, so a folder with it is complete. */
    private static final String MAIN_CLASS_FILE = "main-class";

    private final Path classes;
    private final String mainClass;

    private CompiledProgram(Path classes, String mainClass) {
        this.classes = classes;
        this.mainClass = mainClass;
    }

    /** The folder holding the compiled classes. */
    Path classes() {
        return classes;
    }

    /** The binary name of the class whose main method runs. */
    String mainClass() {
        return mainClass;
    }

    /**
     * The program's classes from {@code cache}, compiled there first if this source has not been compiled before.
     *
     * @throws IllegalArgumentException if the source does not compile, with javac's messages
     * @throws JiffyException if this Java has no compiler (a runtime without javac)
     */
    static CompiledProgram of(Path source, Path cache) {
        byte[] text;
        try {
            text = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the program " + source + ": " + e.getMessage(), e);
        }
        Path entry = cache.resolve(key(text));
        try {
            if (Files.isRegularFile(entry.resolve(MAIN_CLASS_FILE))) {
                return new CompiledProgram(entry, Files.readString(entry.resolve(MAIN_CLASS_FILE)).strip());
            }
            Files.createDirectories(cache);
            Path temp = Files.createTempDirectory(cache, ".compiling-");
            String main = compile(source, temp);
            Files.writeString(temp.resolve(MAIN_CLASS_FILE), main);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // Another run compiled the same source at the same time: its classes are as good as ours.
                deleteTree(temp);
            }
            return new CompiledProgram(entry, main);
        } catch (IOException e) {
            throw new OutputException("cannot write compiled classes to the cache " + cache + ": " + e.getMessage(), e);
        }
    }

    /** Source, class path (names, sizes and times of its entries) and Java version: any change means a recompile. */
    private static String key(byte[] source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source);
            StringBuilder environment = new StringBuilder(System.getProperty("java.specification.version"));
            for (String entry : classPath()) {
                File f = new File(entry);
                environment.append('\0').append(f.getAbsolutePath()).append(':').append(f.length()).append(':')
                        .append(f.lastModified());
            }
            sha.update(environment.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private static String compile(Path source, Path out) throws IOException {
        // Asked of the module layer, not of javax.tools: a runtime without the compiler has no javax.tools either, and
        // the class that uses it (SourceCompiler) must not even be loaded there.
        if (ModuleLayer.boot().findModule("jdk.compiler").isEmpty()) {
            throw new JiffyException("jiffy run compiles Java and this Java (" + System.getProperty("java.home")
                    + ") has no compiler: install a JDK 17+ (not only a runtime), or compile the program yourself "
                    + "and run it with lib/* on the class path");
        }
        return SourceCompiler.compile(source, out, System.getProperty("java.class.path"));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
