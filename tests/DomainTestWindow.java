package tests;

import java.time.Duration;
import java.time.Instant;
import lib.control.JobDeadlines;
import lib.control.WriteJob;
import lib.fixtures.RunSettings;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;

/**
 * What the X tests (catalogue §7) share: upstream they ran a file-maker on a message list; here the messages are
 * published with their historical times and one job writes the window 10 s to 15 s after the epoch. Each X class
 * publishes its messages and runs its job once ({@link DomainFileTest}), then its tests
 * check their parts of the one file.
 */
final class DomainTestWindow {
    static final String HEAD_ONLY =
            "HEAD-era domain test: needs f144, ev44, ep01, al00, ad00, da00 and the current" + " data-window rules";
    static final String CHOPPERS = "local_choppers";
    static final String DETECTOR = "local_detector";
    static final String DELAY = "local:choppers:delay";
    static final String EVENTS = "detector_events";
    static final Instant START = Instant.ofEpochSecond(10);
    static final Instant STOP = Instant.ofEpochSecond(15);
    /** Historical data lies in the past: the job ends once the writer has read its topics, well within 60 s. */
    static final JobDeadlines DEADLINES = JobDeadlines.DEFAULT.endingWithin(Duration.ofSeconds(60));

    private DomainTestWindow() {}

    /** The job that writes {@code fileName} from {@code structure} over the window. */
    static WriteJob job(RunSettings run, String fileName, String structure) {
        return WriteJob.of(fileName, structure, START, STOP).with(pl72 -> pl72.controlTopic(run.commandTopic()));
    }

    /** A time given in ms after the epoch, as the catalogue lists them. */
    static Instant at(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    /** The same time in ns, as the file's time datasets hold it. */
    static long nanos(long millis) {
        return millis * 1_000_000L;
    }

    static LogData f144(String source, double value, long millis) {
        return LogData.f144(source, at(millis), Value.ofDouble(value));
    }

    /** An ev44 of one pulse at {@code millis} with the given events. */
    static EventData ev44(long millis, int[] timeOfFlight, int[] pixelId) {
        return EventData.ev44(EVENTS, millis, nanos(millis), timeOfFlight, pixelId);
    }
}
