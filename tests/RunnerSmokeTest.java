package tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lib.fixtures.RunFixture;
import lib.fixtures.RunSettings;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The run context the runner hands over is usable: its broker answers and holds the profile's topics. */
@ExtendWith(RunFixture.class)
class RunnerSmokeTest {

    @Test
    void theRunsBrokerHoldsTheProfilesTopics(RunSettings run) {
        try (Kafka kafka = ExternalKafka.connect(run.bootstrapServers(), Duration.ofSeconds(10))) {
            assertThat(Topics.existing(kafka)).contains(run.poolTopic(), run.commandTopic());
        }
        assertThat(run.outputFolder()).isDirectory();
        assertThat(run.logFolder()).isDirectory();
    }
}
