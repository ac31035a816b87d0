package lib.runner;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles the plain {@code .java} sources of {@code tests/} or {@code selftests/} against the runner's classpath. */
public final class TestCompiler {
    private TestCompiler() {}

    /**
     * Compiles every {@code .java} file under {@code sourceFolder} into {@code classes}.
     *
     * @throws TestCompilationException with the compiler's messages when a source does not compile
     */
    public static void compile(Path repoRoot, Path sourceFolder, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(
                    "no Java compiler in " + System.getProperty("java.home") + "; run with a JDK, not a JRE");
        }
        List<Path> sources = javaFilesUnder(sourceFolder);
        if (sources.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + classes, e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    "-d",
                    classes.toString(),
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-proc:none",
                    "-encoding",
                    "UTF-8",
                    "-parameters",
                    "-Xlint:none",
                    "-implicit:none",
                    "-sourcepath",
                    "");
            Boolean ok = compiler.getTask(
                            new StringWriter(),
                            files,
                            diagnostics,
                            options,
                            null,
                            files.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                throw new TestCompilationException(
                        repoRoot.relativize(sourceFolder) + "/ does not compile:\n" + describe(repoRoot, diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("compiling " + sourceFolder + " failed", e);
        }
    }

    private static List<Path> javaFilesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static String describe(Path repoRoot, DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String where = d.getSource() == null
                    ? ""
                    : repoRoot.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
            text.append(where).append(d.getMessage(Locale.ROOT)).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
