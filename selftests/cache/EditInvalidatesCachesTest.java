package selftests.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.cache.CacheFolder;
import lib.cli.RepoRoot;
import lib.runner.CompiledTests;
import lib.writers.ReferenceWriterLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit-run loop's caches serve a run after no edit and never after one: the compiled tests, the reference
 * writer's launch (its content hash) and the {@code jbang} launcher's kept {@code java} command.
 */
class EditInvalidatesCachesTest {
    @Test
    void compiledTestsAreReusedUntilATestIsEditedOrAdded(@TempDir Path repo, @TempDir Path cache) throws IOException {
        Path tests = Files.createDirectories(repo.resolve("tests"));
        Path test = tests.resolve("Sample.java");
        Files.writeString(test, "package tests; class Sample { static final int VALUE = 1; }\n");

        CompiledTests.Classes first = CompiledTests.of(repo, tests, cache);
        CompiledTests.Classes again = CompiledTests.of(repo, tests, cache);
        Files.setLastModifiedTime(test, FileTime.from(Instant.now().plusSeconds(5)));
        CompiledTests.Classes touched = CompiledTests.of(repo, tests, cache);
        Files.writeString(test, "package tests; class Sample { static final int VALUE = 2; }\n");
        CompiledTests.Classes edited = CompiledTests.of(repo, tests, cache);
        Files.writeString(tests.resolve("Other.java"), "package tests; class Other {}\n");
        CompiledTests.Classes added = CompiledTests.of(repo, tests, cache);

        assertThat(first.fresh()).isTrue();
        assertThat(again).isEqualTo(new CompiledTests.Classes(first.folder(), false));
        assertThat(touched.folder()).as("touch changes nothing").isEqualTo(first.folder());
        assertThat(edited.fresh()).isTrue();
        assertThat(edited.folder()).isNotEqualTo(first.folder());
        assertThat(edited.folder().resolve("tests/Sample.class")).exists();
        assertThat(added.fresh()).isTrue();
        assertThat(added.folder().resolve("tests/Other.class")).exists();
        assertThat(first.folder().resolve("tests/Other.class")).doesNotExist();
    }

    @Test
    void theWriterLaunchIsKeyedOnTheScriptItsSourcesAndTheLauncher(@TempDir Path repo) throws IOException {
        Files.writeString(
                repo.resolve("file_writer.java"),
                "//SOURCES writer/**/*.java\n//SOURCES lib/wire/**.java\n//SOURCES lib/kafka/FileTrees.java\n");
        Files.writeString(repo.resolve("jbang"), "#!/bin/sh\n");
        Path writerSource = write(repo, "writer/cli/Main.java", "class Main {}");
        write(repo, "lib/wire/Profile.java", "enum Profile {}");
        write(repo, "lib/kafka/FileTrees.java", "class FileTrees {}");
        Path unrelated = write(repo, "lib/kafka/Topics.java", "class Topics {}");

        String key = ReferenceWriterLaunch.key(repo);
        Files.setLastModifiedTime(writerSource, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(ReferenceWriterLaunch.key(repo)).as("touch").isEqualTo(key);
        Files.writeString(unrelated, "class Topics { int x; }");
        assertThat(ReferenceWriterLaunch.key(repo))
                .as("a file the writer does not use")
                .isEqualTo(key);

        List<String> keys = List.of(
                edit(repo, writerSource, "class Main { int x; }"),
                edit(repo, repo.resolve("writer/job/New.java"), "class New {}"),
                edit(repo, repo.resolve("lib/wire/Profile.java"), "enum Profile { CURRENT }"),
                edit(repo, repo.resolve("lib/kafka/FileTrees.java"), "class FileTrees { int x; }"),
                edit(repo, repo.resolve("file_writer.java"), "//SOURCES writer/**/*.java\n//DEPS a:b:1\n"),
                edit(repo, repo.resolve("jbang"), "#!/bin/sh\nexit 0\n"));
        assertThat(keys).doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void theRepositorysWriterLaunchNamesFilesThatExist() {
        Path repo = RepoRoot.of("file_writer.java");
        ReferenceWriterLaunch launch =
                ReferenceWriterLaunch.resolve(repo, CacheFolder.root().resolve("reference-writer-build.log"));
        assertThat(launch.classpath()).isNotEmpty().allMatch(element -> Files.exists(Path.of(element)));
        assertThat(launch.classpath().get(0)).contains("file_writer");
        assertThat(Path.of(launch.java())).isExecutable();
    }

    @Test
    void theLauncherKeepsAScriptsCommandUntilTheScriptOrItsSourcesChange(@TempDir Path folder, @TempDir Path cache)
            throws Exception {
        Path repo = RepoRoot.of("file_writer.java");
        Files.copy(repo.resolve("jbang"), folder.resolve("jbang"));
        folder.resolve("jbang").toFile().setExecutable(true);
        copyJBangJar(cache);
        Files.writeString(
                folder.resolve("hello.java"),
                "//SOURCES lib/**.java\nimport lib.Greeting;\n"
                        + "public class hello { public static void main(String... a) {"
                        + " System.out.println(Greeting.TEXT + \" \" + String.join(\",\", a)); } }\n");
        Path greeting = write(
                folder,
                "lib/Greeting.java",
                "package lib; public class Greeting {" + " public static final String TEXT = \"one\"; }");

        assertThat(launch(folder, cache, "x", "y z")).isEqualTo("one x,y z");
        markKeptCommands(cache);
        assertThat(launch(folder, cache, "x")).as("the kept command is used").isEqualTo("one kept,x");

        Files.writeString(
                greeting, "package lib; public class Greeting {" + " public static final String TEXT = \"two\"; }");
        assertThat(launch(folder, cache, "x")).as("an edit of a source").isEqualTo("two x");
        markKeptCommands(cache);
        write(folder, "lib/Extra.java", "package lib; class Extra {}");
        assertThat(launch(folder, cache, "x")).as("an added source").isEqualTo("two x");
    }

    /** Makes every kept command pass "kept" as the script's first argument, so its use shows in the output. */
    private static void markKeptCommands(Path cache) throws IOException {
        try (var files = Files.list(cache.resolve("jbang-0.132.1/launch"))) {
            for (Path kept :
                    files.filter(file -> file.toString().endsWith(".cmd")).toList()) {
                Files.writeString(kept, Files.readString(kept).replace(" hello", " hello kept"));
            }
        }
    }

    private static void copyJBangJar(Path cache) throws IOException {
        String version = "jbang-0.132.1";
        Path jar = CacheFolder.root().resolve(version).resolve("jbang-cli-0.132.1-all.jar");
        assertThat(jar)
                .as("the pinned JBang jar (fetched by any earlier ./jbang)")
                .exists();
        Files.copy(jar, Files.createDirectories(cache.resolve(version)).resolve(jar.getFileName()));
    }

    private static String launch(Path folder, Path cache, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("./jbang", "hello.java"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("FWST_CACHE_DIR", cache.toString());
        builder.environment().put("FWST_IGNORE_PATH_JBANG", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.strip();
    }

    private static String edit(Path repo, Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return ReferenceWriterLaunch.key(repo);
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
