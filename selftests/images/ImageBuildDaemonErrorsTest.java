package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lib.images.DockerEngine;
import org.junit.jupiter.api.Test;

/** What {@code build_image.java} says when the daemon answers but something there is missing; and {@code --plan}. */
@RequiresDocker
class ImageBuildDaemonErrorsTest {

    @Test
    void anAbsentBaseImageNamesBothWaysToGetOne() {
        BuildImageScript.Outcome outcome = BuildImageScript.run(
                "--base-image", TestImages.PREFIX + "absent:none", "--image", TestImages.PREFIX + "x:y");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.errorLines())
                .containsExactly("build_image.java: base image fw-system-tests/selftest-absent:none is not there; get"
                        + " it with docker pull fw-system-tests/selftest-absent:none, or on a closed network make it"
                        + " with ./jbang build_image.java --make-base-image --base-image"
                        + " fw-system-tests/selftest-absent:none (debootstrap + docker import, no registry needed)");
    }

    @Test
    void planForKafkaToNexusOverTheFixtureTreeChangesNothing() {
        Path tree = ImageFixtures.resource("kafka-to-nexus");
        String image = TestImages.PREFIX + "kafka-to-nexus:plan";
        BuildImageScript.Outcome outcome = BuildImageScript.run(
                "--recipe", "kafka-to-nexus", "--source", tree.toString(), "--image", image, "--plan");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out())
                .contains("plan (--plan: nothing is changed):\n")
                .contains("  build container fw-system-tests-selftest-kafka-to-nexus-plan-build: create (none yet)\n")
                .contains("  dependency step: redo (new build container)\n")
                .contains("  build step: redo (after the dependency step)\n")
                .contains("  cleanup step: skip (no --do-cleanup)\n")
                .contains("  commit: redo (no image " + image + " yet)\n")
                .contains("would redo: dependency step, build step, commit\n");
        try (DockerEngine docker = DockerEngine.connect()) {
            assertThat(docker.container("fw-system-tests-selftest-kafka-to-nexus-plan-build"))
                    .isEmpty();
            assertThat(docker.image(image)).isEmpty();
        }
    }
}
