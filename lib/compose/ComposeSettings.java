package lib.compose;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to run {@code compose/kafka.yml}.
 *
 * @param repoRoot the repository (it holds {@code compose/})
 * @param project the compose project's name: lower-case letters, digits, {@code -} and {@code _}
 * @param port the broker's port on 127.0.0.1
 * @param controllerPort the KRaft controller's port on 127.0.0.1
 * @param image the Kafka image
 * @param logFile where the broker's log is saved when the project is brought down (appended to)
 * @param readyTimeout how long the broker has to answer a probe round trip after compose started it
 */
public record ComposeSettings(
        Path repoRoot,
        String project,
        int port,
        int controllerPort,
        String image,
        Path logFile,
        Duration readyTimeout) {
    /** The project {@code compose.java} uses without {@code --project}. */
    public static final String DEFAULT_PROJECT = "fw-system-tests";

    /** The image {@code compose/kafka.yml} runs when {@code KAFKA_IMAGE} is not set. */
    public static final String OFFICIAL_IMAGE = "apache/kafka:4.1.1";

    public static final int DEFAULT_PORT = 9092;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public ComposeSettings {
        Objects.requireNonNull(repoRoot, "repoRoot");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
        requireProjectName(project);
        requirePort(port, "--port");
        requirePort(controllerPort, "--controller-port");
        if (port == controllerPort) {
            throw new ComposeException("--port and --controller-port are both " + port + "; give them different ports");
        }
    }

    /** Settings with the controller on {@code port + 1} and the default timeout. */
    public static ComposeSettings of(Path repoRoot, String project, int port, String image, Path logFile) {
        return new ComposeSettings(repoRoot, project, port, port + 1, image, logFile, DEFAULT_READY_TIMEOUT);
    }

    /** Settings with two ports the system has just handed out as free (for a run that needs no fixed address). */
    public static ComposeSettings withFreePorts(Path repoRoot, String project, String image, Path logFile) {
        int[] ports = Ports.twoFree();
        return new ComposeSettings(repoRoot, project, ports[0], ports[1], image, logFile, DEFAULT_READY_TIMEOUT);
    }

    /** The image to use without {@code --kafka-image}: {@code KAFKA_IMAGE} if set, else the official one. */
    public static String defaultImage() {
        String fromEnvironment = System.getenv(ComposeFiles.KAFKA_IMAGE);
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? ComposeFiles.DEFAULT_KAFKA_IMAGE
                : fromEnvironment;
    }

    public ComposeSettings withImage(String value) {
        return new ComposeSettings(repoRoot, project, port, controllerPort, value, logFile, readyTimeout);
    }

    public ComposeSettings withReadyTimeout(Duration value) {
        return new ComposeSettings(repoRoot, project, port, controllerPort, image, logFile, value);
    }

    /** The address clients connect to. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * @throws ComposeException when {@code name} is not a name both compose versions accept
     */
    static void requireProjectName(String name) {
        if (name == null || !PROJECT_NAME.matcher(name).matches()) {
            throw new ComposeException("--project " + name + ": use lower-case letters, digits, '-' and '_', starting"
                    + " with a letter or digit (e.g. " + DEFAULT_PROJECT + ")");
        }
    }

    private static void requirePort(int port, String option) {
        if (port < 1 || port > 65535) {
            throw new ComposeException(option + " " + port + ": not a TCP port; give 1-65535");
        }
    }
}
