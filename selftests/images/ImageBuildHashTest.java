package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import lib.images.FileSet;
import lib.images.ImageBuildException;
import lib.images.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hashes that decide a rebuild (decisions C1): paths, modes and contents count, mtimes never. */
class ImageBuildHashTest {
    private static final List<Recipe.FilePattern> SOURCES =
            List.of(new Recipe.FilePattern("src", false), new Recipe.FilePattern("CMakeLists.txt", false));

    @Test
    void touchingChangesNothing(@TempDir Path folder) throws IOException {
        Path tree = ImageFixtures.copyTree(ImageFixtures.resource("kafka-to-nexus"), folder.resolve("tree"));
        String before = FileSet.of(tree, SOURCES, "sources").digest();
        Files.setLastModifiedTime(
                tree.resolve("src/FileWriter.cpp"), FileTime.from(Instant.now().plusSeconds(3600)));
        Files.setLastModifiedTime(tree.resolve("CMakeLists.txt"), FileTime.from(Instant.EPOCH));
        assertThat(FileSet.of(tree, SOURCES, "sources").digest()).isEqualTo(before);
    }

    @Test
    void contentPathAndExecutableBitCountAndAreNamed(@TempDir Path folder) throws IOException {
        Path tree = ImageFixtures.copyTree(ImageFixtures.resource("kafka-to-nexus"), folder.resolve("tree"));
        FileSet before = FileSet.of(tree, SOURCES, "sources");

        Files.writeString(tree.resolve("src/FileWriter.cpp"), "int answer() { return 43; }\n");
        FileSet changed = FileSet.of(tree, SOURCES, "sources");
        assertThat(changed.digest()).isNotEqualTo(before.digest());
        assertThat(changed.changesSince(before.files())).isEqualTo("src/FileWriter.cpp changed");

        Files.move(tree.resolve("src/FileWriter.cpp"), tree.resolve("src/Writer.cpp"));
        assertThat(FileSet.of(tree, SOURCES, "sources").changesSince(changed.files()))
                .isEqualTo("src/Writer.cpp added, src/FileWriter.cpp removed");

        FileSet renamed = FileSet.of(tree, SOURCES, "sources");
        Files.setPosixFilePermissions(tree.resolve("src/Writer.cpp"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(FileSet.of(tree, SOURCES, "sources").changesSince(renamed.files()))
                .isEqualTo("src/Writer.cpp mode changed");
    }

    @Test
    void permissionsBesidesTheExecutableBitDoNotCount(@TempDir Path folder) throws IOException {
        Path tree = ImageFixtures.copyTree(ImageFixtures.resource("kafka-to-nexus"), folder.resolve("tree"));
        String before = FileSet.of(tree, SOURCES, "sources").digest();
        // What another umask gives a checkout: group-writable files.
        Files.setPosixFilePermissions(tree.resolve("CMakeLists.txt"), PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(FileSet.of(tree, SOURCES, "sources").digest()).isEqualTo(before);
    }

    @Test
    void manyChangesAreSummed(@TempDir Path folder) throws IOException {
        Path tree = ImageFixtures.copyTree(ImageFixtures.resource("kafka-to-nexus"), folder.resolve("tree"));
        FileSet before = FileSet.of(tree, SOURCES, "sources");
        for (int index = 0; index < 5; index++) {
            Files.writeString(tree.resolve("src/New" + index + ".cpp"), "// " + index);
        }
        assertThat(FileSet.of(tree, SOURCES, "sources").changesSince(before.files()))
                .isEqualTo("src/New0.cpp added, src/New1.cpp added, src/New2.cpp added and 2 more");
    }

    @Test
    void aMissingPathIsAnErrorUnlessOptional(@TempDir Path folder) {
        Path tree = ImageFixtures.copyTree(ImageFixtures.resource("kafka-to-nexus"), folder.resolve("tree"));
        List<Recipe.FilePattern> withMissing =
                List.of(new Recipe.FilePattern("src", false), new Recipe.FilePattern("missing", false));
        assertThatThrownBy(() -> FileSet.of(tree, withMissing, "source files"))
                .isInstanceOf(ImageBuildException.class)
                .hasMessage("--source " + tree + ": no missing inside (one of the source files); point --source at"
                        + " the folder that holds it");
        List<Recipe.FilePattern> optional =
                List.of(new Recipe.FilePattern("src", false), new Recipe.FilePattern("missing", true));
        assertThat(FileSet.of(tree, optional, "source files").paths()).containsExactly("src");
        List<Recipe.FilePattern> none = List.of(new Recipe.FilePattern("nothing", true));
        assertThatThrownBy(() -> FileSet.of(tree, none, "dependency files"))
                .hasMessage("--source " + tree + ": none of nothing inside (the dependency files); point --source"
                        + " at the right source tree");
    }
}
