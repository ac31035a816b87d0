package selftests.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.HostConfig;
import java.util.Map;
import lib.containers.Leftovers;
import lib.images.DockerEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selftests.images.RequiresDocker;

/** Writer containers of a killed run are removed by the next run and named; those of a live run are kept. */
@RequiresDocker(image = TestRun.IMAGE)
@ExtendWith(ContainerRuns.class)
class LeftoversTest {

    @Test
    void aContainerOfAKilledRunIsSweptAndNamed(TestRun run) {
        String killedRun = run.id() + "-killed";
        String liveRun = run.id() + "-live";
        ProcessHandle self = ProcessHandle.current();
        try (DockerEngine docker = DockerEngine.connect()) {
            String killed = idle(
                    docker,
                    "fwst-" + killedRun + "-writer-1",
                    Map.of(
                            "fw-system-tests.role",
                            "writer",
                            TestRun.RUN_LABEL,
                            killedRun,
                            "fw-system-tests.owner-pid",
                            "999999999",
                            "fw-system-tests.owner-started",
                            "2026-01-01T00:00:00Z"));
            String live = idle(
                    docker,
                    "fwst-" + liveRun + "-writer-1",
                    Map.of(
                            "fw-system-tests.role",
                            "writer",
                            TestRun.RUN_LABEL,
                            liveRun,
                            "fw-system-tests.owner-pid",
                            Long.toString(self.pid()),
                            "fw-system-tests.owner-started",
                            self.info().startInstant().orElseThrow().toString()));
            try {
                assertThat(Leftovers.sweep(run.id()))
                        .contains("fwst-" + killedRun + "-writer-1")
                        .doesNotContain("fwst-" + liveRun + "-writer-1");
                assertThat(docker.container(killed))
                        .as("the killed run's container")
                        .isEmpty();
                assertThat(docker.container(live))
                        .as("the live run's container")
                        .isPresent();
            } finally {
                docker.removeContainer(killed);
                docker.removeContainer(live);
            }
        }
    }

    /** A running container that only sleeps, labelled as a writer container of some run. */
    private static String idle(DockerEngine docker, String name, Map<String, String> labels) {
        String id = docker.client()
                .createContainerCmd(TestRun.IMAGE)
                .withName(name)
                .withLabels(labels)
                .withEntrypoint("sleep", "infinity")
                .withHostConfig(
                        HostConfig.newHostConfig().withNetworkMode("none").withInit(true))
                .exec()
                .getId();
        docker.client().startContainerCmd(id).exec();
        return id;
    }
}
