package lib.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds recipes: by name in {@code config-files/recipes/}, or by the path of a recipe file. */
public final class Recipes {
    /** The recipe {@code build_image.java} uses without {@code --recipe}. */
    public static final String DEFAULT = "reference-writer";

    static final String FOLDER = "config-files/recipes";
    static final String SUFFIX = ".recipe";

    private Recipes() {}

    /** The recipe named {@code reference}, or read from the file {@code reference} names. */
    public static Recipe resolve(Path repoRoot, String reference) {
        Path named = folder(repoRoot).resolve(reference + SUFFIX);
        if (!reference.contains("/") && !reference.endsWith(SUFFIX) && Files.isRegularFile(named)) {
            return RecipeFile.read(named);
        }
        Path file = Path.of(reference);
        if (Files.isRegularFile(file)) {
            return RecipeFile.read(file);
        }
        if (reference.contains("/") || reference.endsWith(SUFFIX)) {
            throw ImageBuildException.badInput("--recipe " + reference
                    + ": no such file; give a recipe file's path or one of: " + String.join(", ", names(repoRoot)));
        }
        throw ImageBuildException.badInput("--recipe " + reference + ": unknown recipe; known recipes: "
                + String.join(", ", names(repoRoot)) + " (in " + FOLDER + "/), or give a recipe file's path");
    }

    /** The names of the recipes in {@code config-files/recipes/}, sorted. */
    public static List<String> names(Path repoRoot) {
        Path folder = folder(repoRoot);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    private static Path folder(Path repoRoot) {
        return repoRoot.resolve(FOLDER);
    }
}
