package lib.fuzz;

import java.util.Set;
import java.util.function.Consumer;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.wire.Profile;

/** What every batch works with: the topics, the sender and reader, the own jobs, the writers and the oracles. */
record Exchange(
        Kafka kafka,
        Profile profile,
        FuzzTopics topics,
        Sender sender,
        Traffic traffic,
        FuzzJobs jobs,
        Writers writers,
        HealthCheck health,
        StartOracle starts,
        StopOracle stops,
        AnswerCheck answers,
        Set<String> absentModules,
        Consumer<String> say) {

    /** The data job's structure, reading this exchange's data topic. */
    String dataStructure() {
        return DataStructure.of(profile, absentModules, topics.data()).json();
    }

    /** Sends a message of an input to its destination, with the message's record timestamp. */
    void send(Send send) {
        sender.send(topics.of(send.destination()), send.bytes(), send.timestampMs());
    }

    /** The same exchange on a command and a data topic of their own (created now, read from now on). */
    Exchange forReplay(int number) {
        FuzzTopics replayTopics = topics.forReplay(number);
        Topics.create(kafka, replayTopics.replayed());
        traffic.follow(kafka, replayTopics.commands());
        traffic.follow(kafka, replayTopics.dataControl());
        return new Exchange(
                kafka,
                profile,
                replayTopics,
                sender,
                traffic,
                jobs,
                writers,
                health,
                starts,
                stops,
                answers,
                absentModules,
                say);
    }
}
