package dev.jiffy.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jiffy run PROGRAM.java [ARGS...]}: runs a single-file Java program with Jiffy on the class path, as
 * {@code java PROGRAM.java} would, but compiles it only once per version of its source.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a Java program (one source file) with Jiffy on the class path. It is compiled on the "
                + "first run and the classes are kept in a cache, by the source's hash, for the next runs.",
        footer = {"", "Example: jiffy run examples/UseYourHead.java"})
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROGRAM.java", description = "The program's source file.")
    Path program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program's main method.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled programs are kept. Default: ${DEFAULT-VALUE}.",
            defaultValue = "${env:XDG_CACHE_HOME:-${sys:user.home}/.cache}/jiffy/run")
    Path cache;

    @Override
    public Integer call() throws Exception {
        CompiledProgram compiled = CompiledProgram.of(program, cache);
        // Parent: the loader that holds Jiffy, so the program sees the same classes as this command.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(compiled.classes())},
                RunCommand.class.getClassLoader())) {
            Method main = loader.loadClass(compiled.mainClass()).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new IllegalArgumentException(program + ": main in " + compiled.mainClass() + " must be static");
            }
            main.setAccessible(true);   // the class itself need not be public, as with java PROGRAM.java
            try {
                main.invoke(null, (Object) arguments.toArray(String[]::new));
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(program + ": class " + compiled.mainClass()
                    + " has no method public static void main(String[] args)", e);
        }
        return Jiffy.OK;
    }

    private static URL url(Path dir) throws MalformedURLException {
        return dir.toUri().toURL();
    }
}
