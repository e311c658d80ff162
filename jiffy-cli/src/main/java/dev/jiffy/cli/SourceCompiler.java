package dev.jiffy.cli;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac, in-process. Only loaded where the jdk.compiler module exists (CompiledProgram checks), i.e. on a JDK. */
final class SourceCompiler {
    private SourceCompiler() {
    }

    /**
     * Compiles one source file into {@code out}.
     *
     * @return the binary name of the first top-level class in the file, whose main method runs
     * @throws IllegalArgumentException if it does not compile (javac's errors, one per line) or declares no class
     */
    static String compile(Path source, Path out, String classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(), "-cp", classPath, "-proc:none", "-encoding", "UTF-8");
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(source));
            String main = null;
            for (CompilationUnitTree unit : task.parse()) {
                main = firstTopLevelClass(unit);
            }
            task.generate();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> source.getFileName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .toList();
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(source + " does not compile:\n" + String.join("\n", errors));
            }
            if (main == null) {
                throw new IllegalArgumentException(source + " declares no class: jiffy run runs the main method of "
                        + "the first class in the file");
            }
            return main;
        }
    }

    private static String firstTopLevelClass(CompilationUnitTree unit) {
        for (Tree type : unit.getTypeDecls()) {
            if (type instanceof ClassTree c) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
                return pkg + c.getSimpleName();
            }
        }
        return null;
    }
}
