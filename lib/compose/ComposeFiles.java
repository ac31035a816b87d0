package lib.compose;

import java.nio.file.Path;
import java.util.List;

/** The files of {@code compose/}, their services and the variables they read. */
final class ComposeFiles {
    static final String KAFKA_FILE = "compose/kafka.yml";
    static final String WRITERS_FILE = "compose/writers.yml";
    static final String KAFKA_SERVICE = "kafka";
    static final List<String> WRITER_SERVICES = List.of("writer1", "writer2");

    /** The image {@code compose/kafka.yml} runs when {@code KAFKA_IMAGE} is not set. */
    static final String DEFAULT_KAFKA_IMAGE = ComposeSettings.OFFICIAL_IMAGE;
    /** The image {@code compose/writers.yml} runs when {@code WRITER_IMAGE} is not set. */
    static final String DEFAULT_WRITER_IMAGE = ComposeTool.REFERENCE_WRITER_IMAGE;
    /** The image {@code ./jbang build_image.java --recipe kafka} makes. */
    static final String BUILT_KAFKA_IMAGE = "fw-system-tests/kafka:latest";

    static final String KAFKA_IMAGE = "KAFKA_IMAGE";
    static final String KAFKA_PORT = "KAFKA_PORT";
    static final String KAFKA_CONTROLLER_PORT = "KAFKA_CONTROLLER_PORT";
    static final String WRITER_IMAGE = "WRITER_IMAGE";
    static final String FW_OUTPUT = "FW_OUTPUT";
    static final String FW_UID = "FW_UID";
    static final String FW_GID = "FW_GID";

    /** Labels compose puts on every container it makes. */
    static final String PROJECT_LABEL = "com.docker.compose.project";

    static final String SERVICE_LABEL = "com.docker.compose.service";

    private ComposeFiles() {}

    static List<Path> kafkaOnly(Path repoRoot) {
        return List.of(repoRoot.resolve(KAFKA_FILE));
    }

    static List<Path> kafkaAndWriters(Path repoRoot) {
        return List.of(repoRoot.resolve(KAFKA_FILE), repoRoot.resolve(WRITERS_FILE));
    }
}
