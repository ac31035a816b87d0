package lib.fuzz;

import java.util.concurrent.TimeUnit;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import org.apache.kafka.clients.admin.Admin;

/** Removes the command and data topics a replay in the middle of a run had to itself. */
final class ReplayTopics {
    private ReplayTopics() {}

    static void delete(Kafka kafka, Traffic traffic, FuzzTopics replayTopics) {
        traffic.unfollow(replayTopics.commands());
        traffic.unfollow(replayTopics.dataControl());
        try (Admin admin = Topics.admin(kafka)) {
            admin.deleteTopics(replayTopics.replayed()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Left behind: a topic named fuzz_writer_*_replayN on the cluster, harmless.
        }
    }
}
