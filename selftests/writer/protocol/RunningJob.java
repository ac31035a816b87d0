package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.RunStart;
import lib.wire.RunStop;

/**
 * A job a writer accepted, with the log of the topic its replies go to (opened before the start). close() stops it
 * now, addressed to the writer that took it, unless it has ended already.
 */
final class RunningJob implements AutoCloseable {
    private final WriterRig rig;
    private final RunStart command;
    private final String replyTopic;
    private final TopicLog log;
    private final String writerServiceId;

    private RunningJob(WriterRig rig, RunStart command, String replyTopic, TopicLog log, String writerServiceId) {
        this.rig = rig;
        this.command = command;
        this.replyTopic = replyTopic;
        this.log = log;
        this.writerServiceId = writerServiceId;
    }

    /** Sends the job to the pool and waits for its 201 on {@code replyTopic}. */
    static RunningJob start(WriterRig rig, RunStart.Builder job, String replyTopic) {
        TopicLog log = TopicLog.fromEnd(rig.kafka, replyTopic);
        RunStart command = job.build();
        rig.sendJob(command);
        ActionResponse answer =
                log.awaitAnswer("the start's answ", response -> response.jobId().equals(command.jobId()));
        assertThat(answer.statusCode()).as("start answ: " + answer.message()).isEqualTo(201);
        return new RunningJob(rig, command, replyTopic, log, answer.serviceId());
    }

    RunStart command() {
        return command;
    }

    String control() {
        return replyTopic;
    }

    TopicLog log() {
        return log;
    }

    String writerServiceId() {
        return writerServiceId;
    }

    ActionResponse answerTo(RunStop stop) {
        return answerTo(stop.toBytes(), stop.commandId());
    }

    /** Sends a stop to the reply topic and returns the first answ after it. */
    ActionResponse answerTo(byte[] stop, String what) {
        int mark = log.mark();
        rig.send(replyTopic, stop);
        return log.awaitSince(
                mark,
                "the answ to stop " + what,
                ActionResponse.class,
                answer -> answer.action() == ActionType.SET_STOP_TIME,
                TopicLog.WAIT);
    }

    boolean finished() {
        return log.all(FinishedWriting.class).stream()
                .anyMatch(done -> done.jobId().equals(command.jobId()));
    }

    @Override
    public void close() {
        try {
            if (finished()) {
                return;
            }
            ActionResponse answer = answerTo(RunStop.now(command.jobId()).withServiceId(writerServiceId));
            assertThat(answer.statusCode())
                    .as("stop-now at the end: " + answer.message())
                    .isEqualTo(201);
            assertThat(log.awaitFinished(command.jobId()).errorEncountered()).isFalse();
        } finally {
            log.close();
        }
    }
}
