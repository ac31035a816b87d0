package tests;

import static org.assertj.core.api.Assertions.assertThat;

import lib.fixtures.RunKafkaFixture;
import lib.fixtures.RunSettings;
import lib.fixtures.SystemTest;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The run context the runner hands over is usable: its broker answers and holds the profile's topics. */
@SystemTest
@ExtendWith(RunKafkaFixture.class)
class RunnerSmokeTest {

    @Test
    void theRunsBrokerHoldsTheProfilesTopics(RunSettings run, Kafka kafka) {
        assertThat(Topics.existing(kafka)).contains(run.poolTopic(), run.commandTopic());
        assertThat(run.outputFolder()).isDirectory();
        assertThat(run.logFolder()).isDirectory();
    }
}
