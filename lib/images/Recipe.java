package lib.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an image is built from: a recipe file of {@code config-files/recipes/} (format: {@code docs/IMAGE_BUILD.md}).
 *
 * @param name the recipe's name (its file name without {@code .recipe})
 * @param file the recipe file
 * @param image the image it builds, {@code NAME[:TAG]}
 * @param baseImage the image the build container starts from
 * @param workdir the folder in the container that receives the dependency and source files and runs the steps
 * @param defaultSource the source folder when {@code --source} is not given, relative to the repository; empty when
 *     the recipe needs {@code --source}
 * @param environment names of environment variables passed to the steps (besides the proxies and
 *     {@code local_conan_server}, which always are)
 * @param dependencyFiles files and folders (relative to the source) the dependency step depends on
 * @param dependencyStep shell script that installs the dependencies
 * @param sourceFiles files and folders (relative to the source) the build step depends on
 * @param buildStep shell script that builds the writer
 * @param cleanupStep shell script that purges build tools and caches ({@code --do-cleanup})
 * @param artefacts paths in the container the build must leave (checked after the build and after the cleanup)
 * @param launch the image's entry point: the writer, given the container's arguments
 */
public record Recipe(
        String name,
        Path file,
        String image,
        String baseImage,
        String workdir,
        Optional<String> defaultSource,
        List<String> environment,
        List<FilePattern> dependencyFiles,
        String dependencyStep,
        List<FilePattern> sourceFiles,
        String buildStep,
        String cleanupStep,
        List<String> artefacts,
        List<String> launch) {

    /** A listed path; {@code optional} when it was written with a trailing {@code ?} (it may be absent). */
    public record FilePattern(String path, boolean optional) {
        @Override
        public String toString() {
            return optional ? path + "?" : path;
        }
    }
}
