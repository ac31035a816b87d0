package selftests.compose;

import lib.images.DockerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import selftests.images.RequiresDocker;

/**
 * The compose self-tests' frame: skipped without a daemon or compose (unless CI requires them), the images built
 * when missing or stale, no self-test project left before or after, a daemon connection for the checks.
 */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComposeTestBase {
    DockerEngine docker;

    @BeforeAll
    void imagesAndNoLeftovers() {
        ComposeFixtures.requireComposeAndImages();
        ComposeFixtures.removeLeftovers();
        docker = DockerEngine.connect();
    }

    @AfterAll
    void sweep() {
        ComposeFixtures.removeLeftovers();
        if (docker != null) {
            docker.close();
        }
    }
}
