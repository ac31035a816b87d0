package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lib.cli.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import selftests.images.RequiresDocker;
import selftests.runner.RunnerProcess.Outcome;

/**
 * Bad input that shows only once a broker or a writer runs (see {@link BadInputTest} for the rest): each case is one
 * line naming the problem and the fix, and a non-zero exit, checked as the whole line the script printed. A test's
 * failure is the line under its FAIL line; the tests that meet broken files run in a {@link RepositoryVariant}.
 */
class BadInputRunTest {
    private static final Duration RUN = Duration.ofSeconds(180);

    private static Outcome runTests(Path folder, String... args) throws Exception {
        return RunnerProcess.runScriptIn(folder, "run_tests.java", Map.of(), RUN, args);
    }

    /** The run failed and one of its lines, without its indentation, is {@code line}. */
    private static void assertLine(Outcome outcome, String line) {
        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.lines()).as(outcome.output()).map(String::strip).contains(line);
    }

    @Test
    void aMissingOrMalformedConfigFileIsNamedWithThePosition(@TempDir Path logs) throws Exception {
        try (RepositoryVariant repo = RepositoryVariant.create()) {
            brokenConfigFilesAreNamed(repo, logs);
        }
    }

    private static void brokenConfigFilesAreNamed(RepositoryVariant repo, Path logs) throws Exception {
        repo.withoutConfigFile("nexus_structure_links.json")
                .withConfigFile(
                        "nexus_structure_mdat.json", "{\n  \"children\": [\n    {\"name\": \"entry\" \"type\"}\n");
        Outcome run = runTests(
                repo.folder(), "--no-writer", "--writers", "1", "--logs", "" + logs, "-k", "test_links or test_mdat");
        assertLine(
                run,
                "ParameterResolutionException: @Structure(\"nexus_structure_links.json\"): no file"
                        + " config-files/nexus_structure_links.json (in " + repo.folder() + "); put the structure"
                        + " there or correct the name");
        assertLine(
                run,
                "ParameterResolutionException: config-files/nexus_structure_mdat.json: not JSON at line 3, column 22"
                        + " (Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries);"
                        + " correct the file");

        String recipe =
                Files.readString(RepoRoot.of("run_tests.java").resolve("config-files/recipes/reference-writer.recipe"));
        repo.withConfigFile("recipes/reference-writer.recipe", recipe.replace("workdir = ", "workdir "));
        Path recipeFile = repo.folder().resolve("config-files/recipes/reference-writer.recipe");
        Outcome build = RunnerProcess.runScriptIn(repo.folder(), "build_image.java", Map.of(), RUN, "--plan");
        assertThat(build.exitCode()).isNotZero();
        assertThat(build.lines())
                .containsExactly("build_image.java: " + recipeFile + ":" + lineOf(recipe, "workdir = ")
                        + ": 'workdir /build/reference-writer' is neither 'field = value' nor 'field:' followed by an"
                        + " indented block");
    }

    /**
     * The writer is the reference writer, run as a local build, and the structure has an f142, which the current
     * profile's writer lacks: it refuses the start, and the test's first line says what it replied.
     */
    @Test
    void aStructureTheWriterRejectsFailsTheTestWithTheWritersReply(@TempDir Path build, @TempDir Path logs)
            throws Exception {
        try (RepositoryVariant repo = RepositoryVariant.create()) {
            theWritersReplyIsQuoted(repo, build, logs);
        }
    }

    private static void theWritersReplyIsQuoted(RepositoryVariant repo, Path build, Path logs) throws Exception {
        String f142 =
                "{\"module\":\"f142\",\"config\":{\"dtype\":\"double\",\"source\":\"pv\",\"topic\":\"test_topic\"}}";
        repo.withConfigFile(
                "nexus_structure_links.json",
                "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[" + f142 + "]}]}");
        Path repoRoot = RepoRoot.of("run_tests.java");
        executable(
                build.resolve("bin/kafka-to-nexus"),
                "cd '" + repoRoot + "' && exec ./jbang file_writer.java --profile current \"$@\"");

        Outcome run = runTests(
                repo.folder(), "--local-build", "" + build, "--writers", "1", "--logs", "" + logs, "-k", "test_links");
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        Pattern reply = Pattern.compile(Pattern.quote("AssertionError: While waiting for command ")
                + "[0-9a-f-]{36}"
                + Pattern.quote(" to be SUCCESS it became ERROR: the writer replied 500 \"Failed to start filewriting"
                        + " job. The failure message was: Could not initialise stream at path \"/entry\" with"
                        + " configuration JSON \"{\"dtype\":\"double\",\"source\":\"pv\",\"topic\":\"test_topic\"}\"."
                        + " Error was: Error while getting module with name/id \"f142\" for source \"pv\". Message"
                        // HEAD's text lacks the closing quote of the name; the last quote closes the reply.
                        + " was: Unable to find module with name/id \"f142\"."));
        assertThat(run.lines()).as(run.output()).map(String::strip).anyMatch(line -> reply.matcher(line)
                .matches());
    }

    @Test
    void aWriterThatExitsAtOnceIsNamedWithItsOutput(@TempDir Path build, @TempDir Path logs) throws Exception {
        String complaint = "kafka-to-nexus: error while loading shared libraries: libhdf5.so.103: cannot open shared"
                + " object file: No such file or directory";
        executable(build.resolve("bin/kafka-to-nexus"), "echo '" + complaint + "' >&2; exit 127");

        Outcome run = runTests(
                RepoRoot.of("run_tests.java"),
                "--local-build",
                "" + build,
                "--writers",
                "1",
                "--logs",
                "" + logs,
                "-k",
                "test_links");
        Path writerLog = logs.resolve("latest").toRealPath().resolve("writer-1.log");
        List<String> lines = run.lines();
        int first = indexOfMatch(
                lines,
                Pattern.quote("run_tests.java: writer 1 (PID ") + "\\d+"
                        + Pattern.quote(") exited with status 127 before it was ready; its last lines below say why"
                                + " (all of them: " + writerLog + "):"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(first).as(run.output()).isNotNegative();
        assertThat(lines.get(first + 1)).isEqualTo(complaint);
    }

    /**
     * The only fixed ports are those of {@code compose.java up} (--port, default 9092, and --controller-port): the
     * runner's broker and writers take free ones.
     */
    @Test
    @RequiresDocker
    void aBusyPortIsNamedWithTheOptionThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            Outcome up = RunnerProcess.runScript(
                    "compose.java",
                    Map.of(),
                    RUN,
                    "up",
                    "--project",
                    "fwst-selftest-busy-" + ProcessHandle.current().pid(),
                    "--port",
                    "" + port);
            assertThat(up.exitCode()).isNotZero();
            assertThat(up.lines())
                    .containsExactly("compose.java: port " + port + " is in use; choose another with --port PORT, or"
                            + " stop what listens there");
        }
    }

    private static void executable(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).startsWith(start)) {
                return index + 1;
            }
        }
        throw new AssertionError("no line starting with " + start);
    }

    private static int indexOfMatch(List<String> lines, String regex) {
        Pattern pattern = Pattern.compile(regex);
        for (int index = 0; index < lines.size(); index++) {
            if (pattern.matcher(lines.get(index)).matches()) {
                return index;
            }
        }
        return -1;
    }
}
