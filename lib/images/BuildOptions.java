package lib.images;

import java.nio.file.Path;

/**
 * What {@code build_image.java} was asked to do.
 *
 * @param repoRoot the repository (recipes, default source, logs)
 * @param recipe a recipe name or a recipe file's path
 * @param source the source folder, or null for the recipe's default
 * @param image the image to build, or null for the recipe's
 * @param baseImage the base image, or null for the recipe's
 * @param doCleanup run the cleanup step before the commit and remove the build container afterwards
 * @param plan only print what would be redone and why
 * @param verbose stream the steps' output
 */
public record BuildOptions(
        Path repoRoot,
        String recipe,
        Path source,
        String image,
        String baseImage,
        boolean doCleanup,
        boolean plan,
        boolean verbose) {

    /** The default build: the default recipe, nothing overridden. */
    public static BuildOptions defaults(Path repoRoot) {
        return new BuildOptions(repoRoot, Recipes.DEFAULT, null, null, null, false, false, false);
    }

    public BuildOptions withRecipe(String value) {
        return new BuildOptions(repoRoot, value, source, image, baseImage, doCleanup, plan, verbose);
    }

    public BuildOptions withSource(Path value) {
        return new BuildOptions(repoRoot, recipe, value, image, baseImage, doCleanup, plan, verbose);
    }

    public BuildOptions withImage(String value) {
        return new BuildOptions(repoRoot, recipe, source, value, baseImage, doCleanup, plan, verbose);
    }

    public BuildOptions withBaseImage(String value) {
        return new BuildOptions(repoRoot, recipe, source, image, value, doCleanup, plan, verbose);
    }

    public BuildOptions withDoCleanup(boolean value) {
        return new BuildOptions(repoRoot, recipe, source, image, baseImage, value, plan, verbose);
    }

    public BuildOptions withPlan(boolean value) {
        return new BuildOptions(repoRoot, recipe, source, image, baseImage, doCleanup, value, verbose);
    }

    public BuildOptions withVerbose(boolean value) {
        return new BuildOptions(repoRoot, recipe, source, image, baseImage, doCleanup, plan, value);
    }
}
