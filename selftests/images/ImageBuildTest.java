package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import lib.images.BaseImage;
import lib.images.BuildOptions;
import lib.images.BuildPlan;
import lib.images.BuildReport;
import lib.images.DockerEngine;
import lib.images.ImageBuilder;
import lib.images.Labels;
import lib.images.Step;
import lib.images.StepFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rebuild rule against the real daemon, with a tiny recipe (steps that copy files) so that each build takes
 * seconds: one image, built again after each kind of change, in order.
 */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageBuildTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String image = TestImages.PREFIX + "tiny:" + run;
    private final String base = TestImages.PREFIX + "base:" + run;
    private final String container = image.replaceAll("[^a-zA-Z0-9_.-]", "-") + "-build";

    private DockerEngine docker;
    private Path source;
    private Path recipe;
    private long uncleanedSize;

    @BeforeAll
    void copyTheTinyTreeAndTagABase(@TempDir Path folder) {
        docker = DockerEngine.connect();
        TestImages.removeLeftovers(docker);
        source = ImageFixtures.copyTree(ImageFixtures.resource("tiny"), folder.resolve("tiny"));
        recipe = folder.resolve("recipes").resolve("tiny.recipe");
        ImageFixtures.write(recipe, ImageFixtures.read(ImageFixtures.resource("tiny.recipe")));
        TestImages.tag(docker, BaseImage.DEFAULT_NAME, base);
    }

    @AfterAll
    void removeWhatTheTestsMade() {
        if (docker != null) {
            docker.removeContainer(container);
            docker.removeImage(image);
            docker.removeImage(base);
            docker.close();
        }
        try {
            Files.deleteIfExists(ImageFixtures.repoRoot().resolve("logs/build-image/" + container + ".log"));
        } catch (IOException e) {
            System.out.println("could not remove the build log of " + container + ": " + e.getMessage());
        }
    }

    private BuildReport build() {
        return build(options -> options);
    }

    private BuildReport build(UnaryOperator<BuildOptions> change) {
        BuildOptions options = change.apply(BuildOptions.defaults(ImageFixtures.repoRoot())
                .withRecipe(recipe.toString())
                .withSource(source)
                .withImage(image)
                .withBaseImage(base));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            return ImageBuilder.run(options, out);
        } finally {
            System.out.print(printed.toString(StandardCharsets.UTF_8));
        }
    }

    private String imageOutput() {
        TestImages.Run run = TestImages.run(docker, image, "one", "two");
        assertThat(run.exitCode()).as("exit code of the image's entry point").isZero();
        return run.output();
    }

    private void editRecipe(UnaryOperator<String> edit) {
        ImageFixtures.write(recipe, edit.apply(ImageFixtures.read(recipe)));
    }

    @Test
    @Order(1)
    void theFirstBuildRunsEveryStepAndTheImageRunsItsLaunchCommand() {
        BuildReport report = build();
        assertThat(report.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(report.plan().container()).isEqualTo(BuildPlan.ContainerAction.CREATE);
        assertThat(imageOutput())
                .contains("hello from the tiny image", "packages: alpha beta", "run.sh", "arguments: one two");
        var kept = docker.container(container).orElseThrow();
        assertThat(kept.running())
                .as("the build container runs after the build")
                .isFalse();
        assertThat(kept.role()).isEqualTo(Labels.BUILD_CONTAINER);
        assertThat(docker.image(image).orElseThrow().labels())
                .containsEntry(Labels.ROLE, Labels.WRITER_IMAGE)
                .containsEntry(Labels.RECIPE, "tiny")
                .containsKey(Labels.PROJECT);
    }

    @Test
    @Order(2)
    void aSecondBuildWithNoChangeBuildsNothingInUnderTenSeconds() {
        String before = docker.image(image).orElseThrow().id();
        BuildReport report = build();
        assertThat(report.redone()).isEmpty();
        assertThat(report.imageId()).isEqualTo(before);
        assertThat(report.total()).isLessThan(Duration.ofSeconds(10));
        assertThat(docker.container(container).orElseThrow().running()).isFalse();
    }

    @Test
    @Order(3)
    void touchingEveryFileRedoesNothing() throws IOException {
        FileTime later = FileTime.from(Instant.now().plusSeconds(3600));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, later);
            }
        }
        assertThat(build().redone()).isEmpty();
    }

    @Test
    @Order(4)
    void aChangedSourceRedoesOnlyTheBuildStep() {
        ImageFixtures.write(source.resolve("src/greeting.txt"), "hello again\n");
        BuildReport report = build();
        assertThat(report.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(report.plan().steps().get(1).reason()).isEqualTo("sources changed: src/greeting.txt changed");
        assertThat(imageOutput()).contains("hello again").doesNotContain("hello from the tiny image");
    }

    @Test
    @Order(5)
    void aRemovedSourceFileIsGoneFromTheBuild() throws IOException {
        ImageFixtures.write(source.resolve("src/extra.txt"), "extra\n");
        assertThat(build().redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(imageOutput()).contains("extra.txt");
        Files.delete(source.resolve("src/extra.txt"));
        BuildReport report = build();
        assertThat(report.plan().steps().get(1).reason()).isEqualTo("sources changed: src/extra.txt removed");
        assertThat(imageOutput()).doesNotContain("extra.txt");
    }

    @Test
    @Order(6)
    void aChangedDependencyFileRedoesBothSteps() {
        ImageFixtures.write(source.resolve("deps.txt"), "packages: alpha beta gamma\n");
        BuildReport report = build();
        assertThat(report.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(report.plan().steps().get(0).reason()).isEqualTo("dependency files changed: deps.txt changed");
        assertThat(imageOutput()).contains("packages: alpha beta gamma");
    }

    @Test
    @Order(7)
    void aChangedRecipeStepRedoesThatStepAndTheOnesAfterIt() {
        editRecipe(text -> text.replace("build-step:\n", "build-step:\n    # only a comment: does not count\n"));
        assertThat(build().redone()).isEmpty();

        editRecipe(text -> text.replace("    echo \"build step ran\"\n", "    echo \"build step ran again\"\n"));
        BuildReport build = build();
        assertThat(build.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(build.plan().steps().get(1).reason()).isEqualTo("the recipe's build step changed");

        editRecipe(text -> text.replace(
                "cp deps.txt /opt/tiny/installed-deps.txt\n",
                "cp deps.txt /opt/tiny/\n" + "    cp deps.txt /opt/tiny/installed-deps.txt\n"));
        BuildReport dependencies = build();
        assertThat(dependencies.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(dependencies.plan().steps().get(0).reason()).isEqualTo("the recipe's dependency step changed");
    }

    @Test
    @Order(8)
    void aFailingStepKeepsTheContainerRunningAndShowsItsLastTwentyLines() {
        String working = ImageFixtures.read(recipe);
        editRecipe(text -> text.replace(
                "build-step:\n",
                "build-step:\n    for i in $(seq 1 30); do echo \"output line $i\"; done\n    exit 3\n"));
        assertThatThrownBy(this::build)
                .isInstanceOfSatisfying(StepFailedException.class, failure -> {
                    assertThat(failure.step()).isEqualTo(Step.BUILD);
                    assertThat(failure.stepExitCode()).isEqualTo(3);
                })
                .hasMessageStartingWith("build step failed with exit code 3; its last 20 lines:\n")
                .hasMessageContaining("  | + echo 'output line 30'\n  | output line 30\n  | + exit 3\n")
                .hasMessageContaining("  | + exit 3\n")
                .hasMessageNotContaining("output line 20\n")
                .hasMessageEndingWith("the build container " + container + " is kept, running, for a look: docker exec"
                        + " -it " + container + " bash (the whole output: logs/build-image/" + container + ".log)");
        assertThat(docker.container(container).orElseThrow().running()).isTrue();
        assertThat(ImageFixtures.repoRoot().resolve("logs/build-image/" + container + ".log"))
                .content()
                .contains("output line 1\n", "output line 30\n");

        ImageFixtures.write(recipe, working);
        assertThat(build().redone())
                .as("with the recipe as before, the image is the last good one")
                .isEmpty();
        assertThat(docker.container(container).orElseThrow().running()).isFalse();
        ImageFixtures.write(source.resolve("src/greeting.txt"), "hello after a failure\n");
        BuildReport report = build();
        assertThat(report.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(report.plan().steps().get(1).reason()).isEqualTo("the last build step did not finish");
        assertThat(imageOutput()).contains("hello after a failure");
    }

    @Test
    @Order(9)
    void aChangedBaseImageReplacesTheContainer() {
        String oldContainer = docker.container(container).orElseThrow().id();
        String newBase = TestImages.changedCopy(docker, BaseImage.DEFAULT_NAME, base);
        BuildReport report = build();
        assertThat(report.plan().container()).isEqualTo(BuildPlan.ContainerAction.REPLACE);
        assertThat(report.plan().containerReason())
                .startsWith("base image " + base + " changed (")
                .endsWith(" -> " + newBase.substring(7, 19) + ")");
        assertThat(report.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(docker.container(container).orElseThrow().id()).isNotEqualTo(oldContainer);
    }

    @Test
    @Order(10)
    void doCleanupLeavesNoContainerAndASmallerImage() {
        uncleanedSize = docker.image(image).orElseThrow().size();
        BuildReport report = build(options -> options.withDoCleanup(true));
        assertThat(report.redone()).containsExactly(Step.CLEANUP, Step.COMMIT);
        System.out.printf(
                "[measured] tiny image: %.1f MB without --do-cleanup, %.1f MB with it%n",
                uncleanedSize / 1e6, report.imageSize() / 1e6);
        assertThat(report.imageSize()).as("cleaned image size").isLessThan(uncleanedSize - 25_000_000);
        assertThat(docker.container(container))
                .as("build container after --do-cleanup")
                .isEmpty();
        assertThat(docker.image(image).orElseThrow().labels()).containsEntry("fw-system-tests.cleaned", "true");
        assertThat(imageOutput()).contains("hello after a failure");

        assertThat(build(options -> options.withDoCleanup(true)).redone())
                .as("a second --do-cleanup")
                .isEmpty();
        assertThat(build().redone())
                .as("a build without --do-cleanup keeps the cleaned image")
                .isEmpty();
    }

    @Test
    @Order(11)
    void afterACleanupTheNextChangeStartsAfresh() {
        ImageFixtures.write(source.resolve("src/greeting.txt"), "hello after the cleanup\n");
        BuildReport report = build();
        assertThat(report.plan().container()).isEqualTo(BuildPlan.ContainerAction.CREATE);
        assertThat(report.plan().containerReason()).isEqualTo("the last build removed it with --do-cleanup");
        assertThat(report.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(imageOutput()).contains("hello after the cleanup");
    }

    @Test
    @Order(12)
    void theScriptStreamsTheStepsWithMinusVAndPassesTheEnvironment() {
        ImageFixtures.write(source.resolve("deps.txt"), "packages: delta\n");
        BuildImageScript.Outcome outcome = BuildImageScript.run(
                Map.of("http_proxy", "http://proxy.invalid:3128", "TINY_SETTING", "on"),
                Duration.ofMinutes(2),
                "--recipe",
                recipe.toString(),
                "--source",
                source.toString(),
                "--image",
                image,
                "--base-image",
                base,
                "-v");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out())
                .contains("dependency step: running (dependency files changed: deps.txt changed) ...\n")
                .contains("  | dependency step ran (http_proxy=http://proxy.invalid:3128, TINY_SETTING=on)\n")
                .contains("  | + cp deps.txt /opt/tiny/installed-deps.txt\n")
                .containsPattern("dependency step: done in \\d+\\.\\d s\n")
                .containsPattern("build step: done in \\d+\\.\\d s\n")
                .containsPattern("image " + image + ": built, id [0-9a-f]{12}, \\d+\\.\\d MB; total \\d+\\.\\d s\n");
        assertThat(outcome.err()).isEmpty();

        BuildImageScript.Outcome again = BuildImageScript.run(
                "--recipe", recipe.toString(), "--source", source.toString(), "--image", image, "--base-image", base);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("commit: kept (image " + image + " is up to date)");
        assertThat(again.elapsed()).as("a no-op build through the script").isLessThan(Duration.ofSeconds(10));
    }
}
