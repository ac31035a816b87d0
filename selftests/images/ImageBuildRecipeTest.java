package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import lib.images.BaseImage;
import lib.images.ImageBuildException;
import lib.images.Recipe;
import lib.images.Recipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipe files: the shipped ones read as documented; a broken one is one line naming the file and the field. */
class ImageBuildRecipeTest {
    private static final Path REPO = ImageFixtures.repoRoot();

    @Test
    void theShippedRecipesAreTheReferenceWriterKafkaToNexusAndKafka() {
        assertThat(Recipes.names(REPO)).containsExactly("kafka", "kafka-to-nexus", "reference-writer");

        Recipe reference = Recipes.resolve(REPO, Recipes.DEFAULT);
        assertThat(reference.name()).isEqualTo("reference-writer");
        assertThat(reference.image()).isEqualTo("fw-system-tests/reference-writer:latest");
        assertThat(reference.baseImage()).isEqualTo(BaseImage.DEFAULT_NAME);
        assertThat(reference.defaultSource()).contains(".");
        assertThat(reference.dependencyFiles())
                .extracting(Recipe.FilePattern::path)
                .containsExactly("jbang", "file_writer.java");
        assertThat(reference.sourceFiles())
                .extracting(Recipe.FilePattern::path)
                .containsExactly("writer", "lib/wire", "lib/kafka/FileTrees.java");
        assertThat(reference.launch()).containsExactly("/opt/file-writer/bin/file-writer");
        assertThat(reference.buildStep()).contains("export portable --offline").doesNotStartWith(" ");

        Recipe realWriter = Recipes.resolve(REPO, "kafka-to-nexus");
        assertThat(realWriter.defaultSource()).as("needs --source").isEmpty();
        assertThat(realWriter.dependencyFiles()).allMatch(Recipe.FilePattern::optional);
        assertThat(realWriter.dependencyStep()).contains("conan install");
        assertThat(realWriter.buildStep()).contains("cmake").contains("ninja");
        assertThat(realWriter.environment()).contains("CONAN_PROFILE");
    }

    @Test
    void aRecipeFileCanBeGivenByItsPath() {
        Recipe tiny =
                Recipes.resolve(REPO, ImageFixtures.resource("tiny.recipe").toString());
        assertThat(tiny.name()).isEqualTo("tiny");
        assertThat(tiny.workdir()).isEqualTo("/build/tiny");
    }

    @Test
    void anUnknownRecipeNamesTheKnownOnes() {
        assertThatThrownBy(() -> Recipes.resolve(REPO, "kafka-to-nexsu"))
                .isInstanceOf(ImageBuildException.class)
                .hasMessage("--recipe kafka-to-nexsu: unknown recipe; known recipes: kafka, kafka-to-nexus,"
                        + " reference-writer (in config-files/recipes/), or give a recipe file's path")
                .satisfies(e -> assertThat(((ImageBuildException) e).exitCode()).isEqualTo(2));
        assertThatThrownBy(() -> Recipes.resolve(REPO, "no/such.recipe"))
                .hasMessageStartingWith("--recipe no/such.recipe: no such file;");
    }

    @Test
    void aMissingFieldNamesTheFileAndTheField(@TempDir Path folder) {
        Path broken = folder.resolve("broken.recipe");
        ImageFixtures.write(
                broken,
                ImageFixtures.read(ImageFixtures.resource("tiny.recipe")).replaceAll("(?m)^launch = .*$", ""));
        assertThatThrownBy(() -> Recipes.resolve(REPO, broken.toString()))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageStartingWith(broken + ": no 'launch' field (the command the image runs); every recipe needs")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownOrRepeatedFieldNamesItsLine(@TempDir Path folder) {
        Path typo = folder.resolve("typo.recipe");
        ImageFixtures.write(typo, "image = a:b\nbuildstep:\n    make\n");
        assertThatThrownBy(() -> Recipes.resolve(REPO, typo.toString()))
                .hasMessageStartingWith(typo + ":2: 'buildstep' is not a recipe field; fields are image, base-image");
        Path twice = folder.resolve("twice.recipe");
        ImageFixtures.write(twice, "image = a:b\nimage = c:d\n");
        assertThatThrownBy(() -> Recipes.resolve(REPO, twice.toString()))
                .hasMessage(twice + ":2: 'image' is given twice; keep one of them");
    }

    @Test
    void aBlockKeepsItsLinesWithoutTheCommonIndentation(@TempDir Path folder) {
        Path file = folder.resolve("blocks.recipe");
        String text = ImageFixtures.read(ImageFixtures.resource("tiny.recipe"))
                .replace("build-step:\n", "build-step:\n    if true; then\n        echo nested\n    fi\n\n");
        ImageFixtures.write(file, text);
        Recipe recipe = Recipes.resolve(REPO, file.toString());
        assertThat(recipe.buildStep()).startsWith("if true; then\n    echo nested\nfi\n\ncp src/greeting.txt");
        assertThat(recipe.buildStep()).endsWith("echo \"build step ran\"");
    }
}
