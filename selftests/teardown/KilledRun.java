package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lib.cli.RepoRoot;
import lib.kafka.TempFolders;
import org.awaitility.Awaitility;
import selftests.runner.RunnerProcess;

/**
 * A run of {@code ./jbang run_tests.java} in a session of its own, so that its process group holds it and everything
 * it starts: it can be signalled as a terminal's Ctrl-C does (the whole group) or as kill does (the runner alone),
 * and what of it is left afterwards can be found, even once the runner is gone.
 */
final class KilledRun {
    /** Generous: on a loaded machine the broker alone may take half a minute. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final Pattern RUN_FOLDER = Pattern.compile("(?m)^run folder: (.+)$");
    private static final Pattern LISTENERS = Pattern.compile("(?m)^\\s*listeners = (.+)$");
    private static final Pattern PORT = Pattern.compile(":(\\d+)");

    private final Process process;
    private final Path output;

    private KilledRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code ./jbang run_tests.java ARGS}, its output in {@code output}; SIGINT and SIGTERM at their defaults. */
    static KilledRun start(Path output, Map<String, String> environment, String... args) throws IOException {
        Path repo = RepoRoot.of("run_tests.java");
        List<String> command = new ArrayList<>(List.of(
                "env",
                "--default-signal=INT,TERM",
                "setsid",
                repo.resolve("jbang").toString(),
                "run_tests.java"));
        command.addAll(List.of(args));
        return new KilledRun(RunnerProcess.builder(command, environment, output).start(), output);
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's own lines, without JBang's. */
    List<String> lines() {
        return output().lines().filter(line -> !line.startsWith("[jbang]")).toList();
    }

    /** The run's folder, once it said which. */
    Path runFolder() {
        await("the run to name its folder", () -> RUN_FOLDER.matcher(output()).find());
        Matcher folder = RUN_FOLDER.matcher(output());
        assertThat(folder.find()).isTrue();
        return RepoRoot.of("run_tests.java").resolve(folder.group(1));
    }

    /** Returns once {@code file} of the run folder exists and holds {@code text} ("" for any). */
    void awaitInRunFolder(String file, String text) {
        Path path = runFolder().resolve(file);
        await(
                file + " holding '" + text + "'",
                () -> Files.isRegularFile(path) && read(path).contains(text));
    }

    /** The signal as a terminal's Ctrl-C sends it (SIGINT, to the whole group) or as kill does (to the runner). */
    void signal(String signal, boolean toGroup) throws Exception {
        String target = toGroup ? "-" + pid() : Long.toString(pid());
        assertThat(new ProcessBuilder("kill", "-" + signal, "--", target)
                        .start()
                        .waitFor())
                .as("kill -%s -- %s", signal, target)
                .isZero();
    }

    /** Waits for the run's end and returns its exit status. */
    int awaitEnd() throws InterruptedException {
        assertThat(process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .as("the run ended; it printed:%n%s", output())
                .isTrue();
        return process.exitValue();
    }

    /** Ends the run and all of its group, whatever state the test left it in. */
    void destroy() throws Exception {
        if (!groupMembers().isEmpty()) {
            new ProcessBuilder("kill", "-KILL", "--", "-" + pid()).start().waitFor();
        }
    }

    /** What of the run is there: processes of its group, its temporary folders, sockets, listening broker ports. */
    List<String> leftovers(Path runFolder) throws IOException {
        List<String> left = new ArrayList<>();
        groupMembers().forEach(member -> left.add("process " + member));
        TempFolders.of(pid()).forEach(folder -> left.add("temp folder " + folder));
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(runFolder, "*.socket")) {
            sockets.forEach(socket -> left.add("socket " + socket));
        }
        for (int port : brokerPorts(runFolder)) {
            if (ListeningPorts.isListening(port)) {
                left.add("listening port " + port);
            }
        }
        return left;
    }

    /** Processes whose process group is the run's (the runner's PID: it leads its own session). */
    List<String> groupMembers() throws IOException {
        List<String> members = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path proc : processes.toList()) {
                stat(proc)
                        .filter(stat -> groupOf(stat) == pid())
                        // A zombie has ended; reaping it is its new parent's job, not the harness's.
                        .filter(stat -> !stat.substring(stat.lastIndexOf(')') + 1)
                                .trim()
                                .startsWith("Z"))
                        .ifPresent(stat -> members.add(proc.getFileName() + " "
                                + stat.substring(stat.indexOf('('), stat.lastIndexOf(')') + 1)));
            }
        }
        return members;
    }

    /** The broker's ports, as its log gave them (none when it was stopped before it chose them). */
    private static List<Integer> brokerPorts(Path runFolder) {
        Path log = runFolder.resolve("broker.log");
        List<Integer> ports = new ArrayList<>();
        if (Files.isRegularFile(log)) {
            Matcher listeners = LISTENERS.matcher(read(log));
            if (listeners.find()) {
                Matcher port = PORT.matcher(listeners.group(1));
                while (port.find()) {
                    ports.add(Integer.parseInt(port.group(1)));
                }
            }
        }
        return ports;
    }

    private static Optional<String> stat(Path proc) {
        if (!proc.getFileName().toString().matches("\\d+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(proc.resolve("stat")));
        } catch (IOException e) {
            return Optional.empty(); // ended meanwhile
        }
    }

    /** Field 5 of /proc/PID/stat, after the command in parentheses: state, parent, group. */
    private static long groupOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[2]);
    }

    private void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what)
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    if (condition.call()) {
                        return true;
                    }
                    assertThat(process.isAlive())
                            .as("the run still going while waiting for %s; it printed:%n%s", what, output())
                            .isTrue();
                    return false;
                });
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
