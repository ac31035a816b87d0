package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.ActionResponse;
import lib.wire.FinishedWriting;
import lib.wire.RunStart;
import lib.wire.RunStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers share one pool (protocol.md §1.1, catalogue F6): each takes one job, the third queues until a writer
 * is free, and a stop sent before that job started still ends it, because its control topic is read from its start.
 */
@ExtendWith(SelfTestKafka.class)
class PoolSharingTest {

    @Test
    void twoWritersWriteThreeFiles(Kafka kafka, @TempDir Path folder) {
        try (WriterRig rig = WriterRig.create(kafka, "current", folder)) {
            String inst1 = rig.newTopic("inst1");
            String inst2 = rig.newTopic("inst2");
            try (TopicLog commands = TopicLog.fromEnd(kafka, rig.commands);
                    TopicLog log1 = TopicLog.fromEnd(kafka, inst1);
                    TopicLog log2 = TopicLog.fromEnd(kafka, inst2)) {
                rig.startWriter("sharing_a");
                rig.startWriter("sharing_b");
                commands.awaitStatus(
                        "a heartbeat of writer a", status -> status.serviceId().startsWith("sharing_a"));
                commands.awaitStatus(
                        "a heartbeat of writer b", status -> status.serviceId().startsWith("sharing_b"));
                rig.awaitPoolListened(Duration.ofSeconds(30));

                Instant s = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
                RunStart job1 = rig.job(inst1).start(s).build();
                RunStart job2 = rig.job(inst2).start(s.plusSeconds(1)).build();
                RunStart job3 = rig.job(inst1).start(s.plusSeconds(2)).build();
                List.of(job1, job2, job3).forEach(rig::sendJob);

                ActionResponse started1 = log1.awaitAnswer(
                        "job 1 started", answer -> answer.jobId().equals(job1.jobId()));
                ActionResponse started2 = log2.awaitAnswer(
                        "job 2 started", answer -> answer.jobId().equals(job2.jobId()));
                assertThat(List.of(started1.statusCode(), started2.statusCode()))
                        .containsOnly(201);
                assertThat(started1.serviceId())
                        .as("jobs 1 and 2 on different writers")
                        .isNotEqualTo(started2.serviceId());

                rig.send(inst1, RunStop.now(job1.jobId()).toBytes());
                rig.send(inst2, RunStop.now(job2.jobId()).toBytes());
                rig.send(inst1, RunStop.now(job3.jobId()).toBytes());

                List<FinishedWriting> finished = new ArrayList<>();
                finished.add(log1.awaitFinished(job1.jobId()));
                finished.add(log2.awaitFinished(job2.jobId()));
                finished.add(log1.awaitFinished(job3.jobId()));
                assertThat(finished).noneMatch(FinishedWriting::errorEncountered);
                Set<String> files =
                        finished.stream().map(FinishedWriting::fileName).collect(Collectors.toSet());
                assertThat(files).hasSize(3);
                files.forEach(file -> assertThat(Path.of(file)).exists());
            }
        }
    }
}
