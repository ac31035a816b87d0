package lib.images;

import java.nio.file.Path;

/**
 * Everything a build depends on, hashed. The keys chain: the build key covers the dependency key, so a redone
 * dependency step always redoes the build step; the image key covers the build key and the launch command.
 *
 * @param recipe the recipe
 * @param image the image to build, {@code NAME:TAG}
 * @param baseImage the base image's name
 * @param baseImageId the base image's id
 * @param dependencyFiles the dependency files, hashed
 * @param sourceFiles the source files, hashed
 */
public record BuildInputs(
        Recipe recipe,
        String image,
        String baseImage,
        String baseImageId,
        FileSet dependencyFiles,
        FileSet sourceFiles) {

    /**
     * Hashes the recipe's dependency and source files under {@code source}.
     *
     * @throws ImageBuildException when a listed path is missing or unreadable
     */
    public static BuildInputs of(Recipe recipe, Path source, String image, String baseImage, String baseImageId) {
        return new BuildInputs(
                recipe,
                image,
                baseImage,
                baseImageId,
                FileSet.of(source, recipe.dependencyFiles(), "dependency files"),
                FileSet.of(source, recipe.sourceFiles(), "source files"));
    }

    String dependencyScript() {
        return Hashes.sha256(Hashes.normalisedScript(recipe.dependencyStep()));
    }

    String buildScript() {
        return Hashes.sha256(Hashes.normalisedScript(recipe.buildStep()));
    }

    String dependencyKey() {
        return Hashes.sha256(String.join(
                "\n", "dependencies", baseImageId, recipe.workdir(), dependencyScript(), dependencyFiles.digest()));
    }

    String buildKey() {
        return Hashes.sha256(String.join("\n", "build", dependencyKey(), buildScript(), sourceFiles.digest()));
    }

    /** The key the committed image carries as a label: the build key and what the commit adds. */
    String imageKey() {
        return Hashes.sha256(
                String.join("\n", "image", buildKey(), String.join(" ", recipe.artefacts()), launchLabel()));
    }

    String launchLabel() {
        return String.join(" ", recipe.launch());
    }

    StepState dependencyState() {
        return new StepState(dependencyKey(), dependencyScript(), dependencyFiles.files());
    }

    StepState buildState() {
        return new StepState(buildKey(), buildScript(), sourceFiles.files());
    }
}
