package lib.compose;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One compose project: its name, files and variables, and the compose commands run on it. */
final class ComposeProject {
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    /** Seconds a container has to stop after SIGTERM (Kafka shuts down in one or two). */
    private static final String STOP_SECONDS = "10";

    private final ComposeCli cli;
    private final String name;
    private final List<Path> files;
    private final Map<String, String> variables;
    private final Consumer<String> echo;

    /**
     * @param verbose where compose's output goes as it comes (lines starting {@code "  | "}), or null to keep it
     *     for error messages only
     */
    ComposeProject(ComposeCli cli, String name, List<Path> files, Map<String, String> variables, PrintStream verbose) {
        this.cli = cli;
        this.name = name;
        this.files = List.copyOf(files);
        this.variables = Map.copyOf(variables);
        this.echo = verbose == null ? line -> {} : line -> verbose.println("  | " + line);
    }

    String name() {
        return name;
    }

    ComposeCli cli() {
        return cli;
    }

    /** {@code up -d} of {@code services} (and what they depend on); containers that exist are kept as they are. */
    void up(List<String> services) {
        List<String> arguments = new ArrayList<>(List.of("up", "-d", "--no-recreate"));
        arguments.addAll(services);
        run(arguments, UP_TIMEOUT);
    }

    /** Stops every container of the project, so that their logs are complete. */
    void stop() {
        run(List.of("stop", "-t", STOP_SECONDS), DOWN_TIMEOUT);
    }

    /** Removes the project's containers (also of services not in the files), networks and anonymous volumes. */
    void down() {
        run(List.of("down", "--volumes", "--remove-orphans", "-t", STOP_SECONDS), DOWN_TIMEOUT);
    }

    /** {@code logs} attached to this terminal; its exit code. */
    int logs(List<String> options) {
        List<String> arguments = new ArrayList<>(common());
        arguments.add("logs");
        arguments.addAll(options);
        return cli.runAttached(arguments, variables);
    }

    private void run(List<String> command, Duration timeout) {
        List<String> arguments = new ArrayList<>(common());
        arguments.addAll(command);
        ComposeCli.Result result = cli.run(arguments, variables, timeout, echo);
        if (result.exitCode() != 0) {
            throw new ComposeException(cli.name() + " " + command.get(0) + " of project " + name + " failed with exit"
                    + " code " + result.exitCode() + "; its last lines:\n" + indent(result.lastLines(20)));
        }
    }

    private List<String> common() {
        List<String> arguments = new ArrayList<>(List.of("-p", name));
        for (Path file : files) {
            arguments.add("-f");
            arguments.add(file.toString());
        }
        return arguments;
    }

    static String indent(String lines) {
        return lines.isEmpty() ? "  | (nothing)" : "  | " + lines.replace("\n", "\n  | ");
    }
}
