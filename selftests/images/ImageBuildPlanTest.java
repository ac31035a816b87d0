package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import lib.images.BuildInputs;
import lib.images.BuildPlan;
import lib.images.BuildState;
import lib.images.ContainerFacts;
import lib.images.ImageFacts;
import lib.images.Labels;
import lib.images.Planner;
import lib.images.Recipe;
import lib.images.Recipes;
import lib.images.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code --plan} decides for the kafka-to-nexus recipe over a small fixture source tree, after a complete build
 * of it, for each kind of change (decisions C1, C2): the decision logic without Docker and without a conan build.
 */
class ImageBuildPlanTest {
    private static final String IMAGE = "kafka-to-nexus:latest";
    private static final String BASE = "fw-system-tests/debian-base:bookworm";
    private static final String BASE_ID = "sha256:" + "b".repeat(64);
    private static final String CONTAINER = "kafka-to-nexus-latest-build";

    @TempDir
    Path folder;

    private Path tree;
    private Recipe recipe;
    private BuildInputs built;

    @BeforeEach
    void buildTheTreeOnce() {
        tree = ImageFixtures.copyTree(ImageFixtures.resource("kafka-to-nexus"), folder.resolve("kafka-to-nexus"));
        recipe = Recipes.resolve(ImageFixtures.repoRoot(), "kafka-to-nexus");
        built = BuildInputs.of(recipe, tree, IMAGE, BASE, BASE_ID);
    }

    /** The plan now, after {@link #built} was built, committed and its container stopped. */
    private BuildPlan plan(Recipe now, String baseId, boolean containerKept, boolean doCleanup) {
        BuildInputs inputs = BuildInputs.of(now, tree, IMAGE, BASE, baseId);
        Optional<ContainerFacts> container = containerKept
                ? Optional.of(new ContainerFacts("c1", CONTAINER, BASE_ID, "kafka-to-nexus", false, "build-container"))
                : Optional.empty();
        BuildState state = containerKept ? BuildState.of(built) : BuildState.EMPTY;
        ImageFacts image =
                new ImageFacts("sha256:" + "1".repeat(64), 500_000_000L, Labels.writerImage(built, !containerKept));
        BuildPlan plan = Planner.plan(inputs, container, state, Optional.of(image), doCleanup);
        System.out.println("[plan] " + plan.container() + " (" + plan.containerReason() + "): " + plan.steps());
        return plan;
    }

    private BuildPlan plan() {
        return plan(recipe, BASE_ID, true, false);
    }

    private Recipe recipeWith(UnaryOperator<String> edit) {
        Path file = folder.resolve("recipes").resolve("kafka-to-nexus.recipe");
        ImageFixtures.write(file, edit.apply(ImageFixtures.read(recipe.file())));
        return Recipes.resolve(ImageFixtures.repoRoot(), file.toString());
    }

    @Test
    void noChangeRedoesNothing() {
        BuildPlan plan = plan();
        assertThat(plan.upToDate()).isTrue();
        assertThat(plan.container()).isEqualTo(BuildPlan.ContainerAction.NOT_NEEDED);
    }

    @Test
    void touchingEverySourceRedoesNothing() throws IOException {
        FileTime later = FileTime.from(Instant.now().plusSeconds(3600));
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, later);
            }
        }
        assertThat(plan().redone()).isEmpty();
    }

    @Test
    void aFileTheRecipeDoesNotListRedoesNothing() {
        ImageFixtures.write(tree.resolve("README.md"), "changed");
        ImageFixtures.write(tree.resolve("documentation/new.md"), "new");
        assertThat(plan().redone()).isEmpty();
    }

    @Test
    void aChangedSourceRedoesOnlyTheBuildStep() {
        ImageFixtures.write(tree.resolve("src/FileWriter.cpp"), "int answer() { return 41; }\n");
        BuildPlan plan = plan();
        assertThat(plan.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(plan.container()).isEqualTo(BuildPlan.ContainerAction.KEEP);
        assertThat(plan.steps().get(1).reason()).isEqualTo("sources changed: src/FileWriter.cpp changed");
        assertThat(plan.steps().get(0).reason()).isEqualTo("dependency files unchanged");
    }

    @Test
    void aNewSourceFileOrAnExecutableBitRedoesOnlyTheBuildStep() throws IOException {
        ImageFixtures.write(tree.resolve("apps/kafka-to-nexus/Options.cpp"), "// options\n");
        assertThat(plan().redone()).containsExactly(Step.BUILD, Step.COMMIT);
        buildTheTreeOnce();
        Files.setPosixFilePermissions(
                tree.resolve("cmake/Version.cmake"),
                java.util.Set.of(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        BuildPlan plan = plan();
        assertThat(plan.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(plan.steps().get(1).reason()).contains("cmake/Version.cmake mode changed");
    }

    @Test
    void aChangedDependencyFileRedoesBothSteps() {
        ImageFixtures.write(
                tree.resolve("conanfile.py"),
                ImageFixtures.read(tree.resolve("conanfile.py")).replace("librdkafka/2.8.0", "librdkafka/2.9.0"));
        BuildPlan plan = plan();
        assertThat(plan.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(plan.steps().get(0).reason()).isEqualTo("dependency files changed: conanfile.py changed");
        assertThat(plan.steps().get(1).reason()).isEqualTo("after the dependency step");
    }

    @Test
    void theReleaseOf2022WithConanfileTxtIsADependencyChange() throws IOException {
        Files.delete(tree.resolve("conanfile.py"));
        ImageFixtures.write(tree.resolve("conanfile.txt"), "[requires]\nlibrdkafka/1.9.2\n");
        ImageFixtures.write(tree.resolve("src/FileWriter.cpp"), "int answer() { return 2022; }\n");
        BuildPlan plan = plan();
        assertThat(plan.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(plan.steps().get(0).reason())
                .isEqualTo("dependency files changed: conanfile.txt added, conanfile.py removed");
        assertThat(plan.steps().get(1).reason())
                .isEqualTo("after the dependency step; sources changed: src/FileWriter.cpp changed");
    }

    @Test
    void aChangedBuildStepRedoesItAndTheCommit() {
        Recipe changed =
                recipeWith(text -> text.replace("-DBUILD_TESTS=OFF -DRUN_DOXYGEN=OFF\n", "-DBUILD_TESTS=OFF\n"));
        BuildPlan plan = plan(changed, BASE_ID, true, false);
        assertThat(plan.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(plan.steps().get(1).reason()).isEqualTo("the recipe's build step changed");
    }

    @Test
    void aChangedDependencyStepRedoesBothSteps() {
        Recipe changed =
                recipeWith(text -> text.replace("ca-certificates pkg-config file", "ca-certificates pkg-config"));
        BuildPlan plan = plan(changed, BASE_ID, true, false);
        assertThat(plan.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
        assertThat(plan.steps().get(0).reason()).isEqualTo("the recipe's dependency step changed");
    }

    @Test
    void commentsAndBlankLinesOfAStepDoNotCount() {
        Recipe changed = recipeWith(text -> text.replace("build-step:\n", "build-step:\n    # a new comment\n\n"));
        assertThat(plan(changed, BASE_ID, true, false).redone()).isEmpty();
    }

    @Test
    void aChangedLaunchCommandRedoesOnlyTheCommit() {
        Recipe changed = recipeWith(text -> text.replace(
                "launch = /opt/kafka-to-nexus/launch.sh", "launch = /opt/kafka-to-nexus/launch.sh --verbose"));
        BuildPlan plan = plan(changed, BASE_ID, true, false);
        assertThat(plan.redone()).containsExactly(Step.COMMIT);
        assertThat(plan.steps().get(3).reason()).isEqualTo("the recipe's launch command changed");
    }

    @Test
    void aChangedBaseImageReplacesTheContainer() {
        String newBase = "sha256:" + "c".repeat(64);
        BuildPlan plan = plan(recipe, newBase, true, false);
        assertThat(plan.container()).isEqualTo(BuildPlan.ContainerAction.REPLACE);
        assertThat(plan.containerReason())
                .isEqualTo("base image fw-system-tests/debian-base:bookworm changed (bbbbbbbbbbbb -> cccccccccccc)");
        assertThat(plan.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
    }

    @Test
    void afterACleanupTheNextChangeStartsAfresh() {
        ImageFixtures.write(tree.resolve("src/FileWriter.cpp"), "int answer() { return 40; }\n");
        BuildPlan plan = plan(recipe, BASE_ID, false, false);
        assertThat(plan.container()).isEqualTo(BuildPlan.ContainerAction.CREATE);
        assertThat(plan.containerReason()).isEqualTo("the last build removed it with --do-cleanup");
        assertThat(plan.redone()).containsExactly(Step.DEPENDENCIES, Step.BUILD, Step.COMMIT);
    }

    @Test
    void doCleanupOnACurrentImageRunsOnlyTheCleanupAndTheCommit() {
        BuildPlan plan = plan(recipe, BASE_ID, true, true);
        assertThat(plan.redone()).containsExactly(Step.CLEANUP, Step.COMMIT);
        assertThat(plan.steps().get(3).reason()).isEqualTo("the image is not cleaned yet");
    }

    @Test
    void anInterruptedBuildStepIsRedone() {
        BuildInputs inputs = BuildInputs.of(recipe, tree, IMAGE, BASE, BASE_ID);
        BuildState interrupted = new BuildState(BuildState.of(built).dependencies(), null);
        BuildPlan plan = Planner.plan(
                inputs,
                Optional.of(new ContainerFacts("c1", CONTAINER, BASE_ID, "kafka-to-nexus", true, "build-container")),
                interrupted,
                Optional.empty(),
                false);
        assertThat(plan.redone()).containsExactly(Step.BUILD, Step.COMMIT);
        assertThat(plan.steps().get(1).reason()).isEqualTo("the last build step did not finish");
        assertThat(plan.steps().get(3).reason()).isEqualTo("no image kafka-to-nexus:latest yet");
    }
}
