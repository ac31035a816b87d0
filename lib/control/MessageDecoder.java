package lib.control;

import lib.wire.ActionResponse;
import lib.wire.FinishedWriting;
import lib.wire.Message;
import lib.wire.Messages;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.Status;
import lib.wire.WireFormatException;

/** Turns the bytes of a control message into the event the registries understand. */
final class MessageDecoder {

    private MessageDecoder() {}

    /** @throws WireFormatException when the bytes are no valid control message */
    static ControlEvent decode(byte[] bytes) {
        Message message = Messages.parse(bytes);
        if (message instanceof Status status) {
            return new StatusSeen(
                    status.serviceId(), status.updateInterval().toMillis(), JsonText.parse(status.statusJson()));
        }
        if (message instanceof ActionResponse answer) {
            return new AnswerSeen(
                    answer.serviceId(),
                    answer.jobId(),
                    answer.commandId(),
                    answer.action(),
                    answer.outcome(),
                    answer.statusCode(),
                    answer.message());
        }
        if (message instanceof FinishedWriting finished) {
            return new FinishedSeen(
                    finished.serviceId(),
                    finished.jobId(),
                    finished.errorEncountered(),
                    finished.fileName(),
                    finished.metadata(),
                    finished.message());
        }
        if (message instanceof RunStart start) {
            return new StartSeen(start.jobId(), start.filename(), start.serviceId(), start.controlTopic());
        }
        if (message instanceof RunStop stop) {
            long stopTimeMs = stop.stopTime() == null ? 0 : stop.stopTime().toEpochMilli();
            return new StopSeen(stop.jobId(), stop.commandId(), stop.serviceId(), stopTimeMs);
        }
        throw new WireFormatException("not a control message: " + message.identifier());
    }
}
