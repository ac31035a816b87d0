package selftests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.HostConfig;
import java.time.Instant;
import java.util.Map;
import lib.compose.RunProjects;
import lib.containers.RunOwner;
import lib.images.BaseImage;
import lib.images.DockerEngine;
import org.junit.jupiter.api.Test;
import selftests.images.RequiresDocker;

/**
 * The compose projects of {@code --kafka compose} runs: a killed run's project is removed by the next run and named;
 * the project of a run still going on is kept.
 */
@RequiresDocker
class RunProjectsTest {
    private static final String PROJECT_LABEL = "com.docker.compose.project";

    @Test
    void aKilledRunsProjectIsSweptAndALiveOnesIsKept() throws Exception {
        // A process that lives until its start time is read (one that ends at once may be gone before), then ends.
        Process gone = new ProcessBuilder("sleep", "30").start();
        Instant goneStarted = gone.info().startInstant().orElseThrow();
        gone.destroyForcibly().waitFor();
        String killedProject = RunProjects.nameFor(new RunOwner(gone.pid(), goneStarted));
        String liveProject = RunProjects.nameFor(RunOwner.current());
        try (DockerEngine docker = DockerEngine.connect()) {
            String killed = idle(docker, killedProject);
            String live = idle(docker, liveProject);
            try {
                assertThat(RunProjects.sweepLeftovers()).contains(killedProject).doesNotContain(liveProject);
                assertThat(docker.container(killed))
                        .as("the killed run's broker")
                        .isEmpty();
                assertThat(docker.container(live)).as("the live run's broker").isPresent();
            } finally {
                docker.removeContainer(killed);
                docker.removeContainer(live);
            }
        }
    }

    /** A sleeping container labelled as the Kafka service of compose project {@code project}. */
    private static String idle(DockerEngine docker, String project) {
        String id = docker.client()
                .createContainerCmd(BaseImage.DEFAULT_NAME)
                .withName(project + "_kafka_1")
                .withLabels(Map.of(PROJECT_LABEL, project, "com.docker.compose.service", "kafka"))
                .withEntrypoint("sleep", "infinity")
                .withHostConfig(
                        HostConfig.newHostConfig().withNetworkMode("none").withInit(true))
                .exec()
                .getId();
        docker.client().startContainerCmd(id).exec();
        return id;
    }
}
