package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code build_image.java} is one line naming the fix, and a non-zero exit; run as a user runs it. These
 * need no daemon (bad input is found first, and the no-daemon case points at a socket that is not there).
 */
class ImageBuildErrorsTest {

    private static void assertOneLine(BuildImageScript.Outcome outcome, int exitCode, String line) {
        assertThat(outcome.exitCode()).as("exit code").isEqualTo(exitCode);
        assertThat(outcome.errorLines()).containsExactly(line);
    }

    @Test
    void anUnknownRecipe() {
        assertOneLine(
                BuildImageScript.run("--recipe", "kafka-to-nexsu"),
                2,
                "build_image.java: --recipe kafka-to-nexsu: unknown recipe; known recipes: kafka, kafka-to-nexus,"
                        + " reference-writer (in config-files/recipes/), or give a recipe file's path");
    }

    @Test
    void aRecipeFileWithAMissingField(@TempDir Path folder) {
        Path broken = folder.resolve("broken.recipe");
        ImageFixtures.write(
                broken,
                ImageFixtures.read(ImageFixtures.resource("tiny.recipe")).replaceAll("(?m)^base-image = .*$", ""));
        BuildImageScript.Outcome outcome = BuildImageScript.run("--recipe", broken.toString());
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.errorLines())
                .singleElement()
                .asString()
                .startsWith("build_image.java: " + broken + ": no 'base-image' field (the image the build container"
                        + " starts from); every recipe needs image, base-image,");
    }

    @Test
    void aMissingSourceFolder(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-tree");
        assertOneLine(
                BuildImageScript.run("--recipe", "kafka-to-nexus", "--source", missing.toString()),
                2,
                "build_image.java: --source " + missing + ": no such folder; point it at the source tree");
    }

    @Test
    void aSourceThatIsNotTheRecipesTree(@TempDir Path folder) {
        assertOneLine(
                BuildImageScript.run("--recipe", "kafka-to-nexus", "--source", folder.toString()),
                2,
                "build_image.java: --source " + folder + ": none of conanfile.py, conanfile.txt inside (the"
                        + " dependency files); point --source at the right source tree");
    }

    @Test
    void kafkaToNexusWithoutSource() {
        assertOneLine(
                BuildImageScript.run("--recipe", "kafka-to-nexus"),
                2,
                "build_image.java: recipe kafka-to-nexus needs --source DIR (its source tree, for example --source"
                        + " ../kafka-to-nexus)");
    }

    @Test
    void aMistypedOption() {
        assertOneLine(
                BuildImageScript.run("--do-clenup"),
                2,
                "build_image.java: Unknown option: '--do-clenup'; did you mean --do-cleanup?");
    }

    @Test
    void noDockerDaemon() {
        BuildImageScript.Outcome outcome = BuildImageScript.run(
                Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"), Duration.ofMinutes(1), "--plan");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.errorLines())
                .singleElement()
                .asString()
                .startsWith("build_image.java: no Docker daemon answers at unix:///nonexistent/docker.sock (")
                .endsWith("); start one (as root: dockerd --bridge=none --iptables=false --ip-forward=false &, or"
                        + " systemctl start docker) or set DOCKER_HOST");
    }
}
