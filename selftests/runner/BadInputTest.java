package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess.Outcome;

/**
 * Bad input that is found before anything starts: each case is one line naming the problem and the fix, and a
 * non-zero exit, checked as the whole line a user sees from the script run in a child process. The cases that need
 * a broker are in {@link BadInputRunTest}.
 */
class BadInputTest {
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String NO_DAEMON = "unix:///nonexistent/docker.sock";
    private static final String DAEMON_FIX = "no Docker daemon answers at " + NO_DAEMON + " (No such file or"
            + " directory); start one (as root: dockerd --bridge=none --iptables=false --ip-forward=false &, or"
            + " systemctl start docker) or set DOCKER_HOST";

    private static Outcome script(String script, Map<String, String> environment, String... args) throws Exception {
        return RunnerProcess.runScript(script, environment, QUICK, args);
    }

    /** The run printed {@code line} and nothing else, and failed. */
    private static void assertOnlyLine(Outcome outcome, String line) {
        assertThat(outcome.exitCode()).as(outcome.output()).isNotZero();
        assertThat(outcome.lines()).as(outcome.output()).containsExactly(line);
    }

    @Test
    void anUnknownOptionIsNamedWithTheOptionMeant() throws Exception {
        assertOnlyLine(
                script("run_tests.java", Map.of(), "--profil", "current"),
                "run_tests.java: Unknown option: '--profil'; did you mean --profile?");
        assertOnlyLine(
                script("build_image.java", Map.of(), "--do-clenup"),
                "build_image.java: Unknown option: '--do-clenup'; did you mean --do-cleanup?");
        assertOnlyLine(
                script("compose.java", Map.of(), "up", "--with-writer"),
                "compose.java: Unknown option: '--with-writer'; did you mean --with-writers?");
    }

    @Test
    void aMalformedKeywordExpressionNamesThePositionAndTheSyntax() throws Exception {
        assertOnlyLine(
                script("run_tests.java", Map.of(), "--list", "-k", "start and (stop"),
                "run_tests.java: -k 'start and (stop': '(' at index 10 is never closed; write names joined by not,"
                        + " and, or, with parentheses, and try it with --list");
    }

    @Test
    void aLocalBuildFolderWithoutTheBinaryIsNamed(@TempDir Path build) throws Exception {
        Files.createDirectories(build.resolve("bin"));
        assertOnlyLine(
                script("run_tests.java", Map.of(), "--local-build", build.toString()),
                "run_tests.java: --local-build " + build + ": no bin/kafka-to-nexus inside; point at the build folder");
    }

    /** Every entry point that needs the daemon asks it first; DOCKER_HOST points at a socket that is not there. */
    @Test
    void noDockerDaemonIsSaidByEveryScriptThatNeedsOne(@TempDir Path logs) throws Exception {
        Map<String, String> noDaemon = Map.of("DOCKER_HOST", NO_DAEMON);
        String image = "fw-system-tests/reference-writer:latest";
        assertOnlyLine(
                script("run_tests.java", noDaemon, "--image", image, "--logs", logs.toString()),
                "run_tests.java: --image " + image + ": " + DAEMON_FIX);
        assertOnlyLine(
                script("run_tests.java", noDaemon, "--kafka", "compose", "--logs", logs.toString()),
                "run_tests.java: --kafka compose: " + DAEMON_FIX);
        assertOnlyLine(
                script("compose.java", noDaemon, "up", "--project", "fwst-selftest-no-daemon"),
                "compose.java: " + DAEMON_FIX);
        Outcome build = script("build_image.java", noDaemon, "--plan");
        assertThat(build.exitCode()).isNotZero();
        assertThat(build.lines()).containsExactly("build_image.java: " + DAEMON_FIX);
    }

    /** Nothing listens at the address: said at once, not after the client's timeout. */
    @Test
    void anUnreachableKafkaFailsWithinSeconds(@TempDir Path logs) throws Exception {
        String address = "127.0.0.1:" + closedPort();
        long start = System.nanoTime();
        Outcome outcome = script("run_tests.java", Map.of(), "--kafka", address, "--no-writer", "--logs", "" + logs);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertOnlyLine(
                outcome,
                "run_tests.java: --kafka " + address + ": no broker there (" + address + ": Connection refused);"
                        + " start it (./jbang compose.java up starts one) or correct the address");
        assertThat(took).as("the whole run, JVM start included").isLessThan(Duration.ofSeconds(12));
    }

    /** Something listens there but never answers as Kafka: the short deadline of a broker that is up, not 15 s. */
    @Test
    void anAddressWhereSomethingElseListensFailsWithinSeconds(@TempDir Path logs) throws Exception {
        try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + other.getLocalPort();
            long start = System.nanoTime();
            Outcome outcome =
                    script("run_tests.java", Map.of(), "--kafka", address, "--no-writer", "--logs", "" + logs);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertOnlyLine(
                    outcome,
                    "run_tests.java: --kafka " + address + ": the port accepts connections, but no Kafka broker"
                            + " answered within 5 s; point --kafka at a broker's plaintext listener");
            assertThat(took).as("the whole run, JVM start included").isLessThan(Duration.ofSeconds(20));
        }
    }

    /** CI runs as root, who may write anywhere: a path under a regular file is one nobody can create. */
    @Test
    void aLogsFolderThatCannotBeCreatedIsNamed(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("somefile"), "not a folder");
        Path logs = file.resolve("logs");
        assertOnlyLine(
                script("run_tests.java", Map.of(), "--logs", logs.toString(), "-k", "links"),
                "run_tests.java: cannot create a run folder in " + logs + ": " + file + " is a file, not a folder;"
                        + " give --logs a folder you can write to");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
