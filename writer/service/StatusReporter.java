package writer.service;

import java.time.Duration;
import java.time.Instant;
import lib.wire.Status;
import writer.common.WriterVersion;

/** Builds the x5f2 heartbeats and decides when the next one is due. */
final class StatusReporter {
    private static final String SOFTWARE_NAME = "kafka-to-nexus";
    private final ServiceIdentity identity;
    private final Duration interval;
    private Instant nextDue = Instant.MIN;

    StatusReporter(ServiceIdentity identity, Duration interval) {
        this.identity = identity;
        this.interval = interval;
    }

    boolean due(Instant now) {
        return !now.isBefore(nextDue);
    }

    /** The heartbeat to publish now; the next one is due one interval later. */
    byte[] heartbeat(Instant now, String statusJson) {
        nextDue = now.plus(interval);
        return new Status(
                        SOFTWARE_NAME,
                        WriterVersion.VERSION,
                        identity.serviceId(),
                        identity.hostName(),
                        identity.pid(),
                        interval,
                        statusJson)
                .toBytes();
    }

    /** Time until the next heartbeat, so an idle loop never sleeps past it. */
    Duration untilDue(Instant now) {
        Duration left = Duration.between(now, nextDue);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
