package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.Identifier;
import lib.wire.Messages;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.SpectraDetectorMapping;
import lib.wire.Status;
import lib.wire.WireFormatException;
import lib.wire.WriterState;
import org.junit.jupiter.api.Test;

class ControlMessagesTest {

    private static final Instant START = Instant.parse("2022-03-31T10:00:00.123Z");
    private static final Instant STOP = Instant.parse("2022-03-31T10:00:10Z");

    @Test
    void runStartRoundTrips() {
        RunStart start = RunStart.builder()
                .jobId("3fa85f64-5717-4562-b3fc-2c963f66afa6")
                .filename("output.nxs")
                .start(START)
                .stop(STOP)
                .structure("{\"children\":[]}")
                .controlTopic("control")
                .metadata("{\"a\":1}")
                .runName("run")
                .instrumentName("instrument")
                .broker("localhost:9092")
                .serviceId("service")
                .nPeriods(3)
                .build();

        byte[] bytes = start.toBytes();

        assertThat(Identifier.of(bytes)).isEqualTo("pl72");
        assertThat(RunStart.parse(bytes)).isEqualTo(start);
        assertThat(Messages.parse(bytes)).isEqualTo(start);
    }

    @Test
    void runStartToBuilderKeepsEveryField() {
        RunStart start = RunStart.builder()
                .jobId("job")
                .filename("file")
                .start(START)
                .stop(STOP)
                .nPeriods(2)
                .metadata("{}")
                .build();

        assertThat(start.toBuilder().build()).isEqualTo(start);
        assertThat(start.toBuilder().stop(null).build().stopTime()).isNull();
    }

    @Test
    void runStartWithoutTimesUsesZeroAndDefaultPeriods() {
        RunStart parsed = RunStart.parse(RunStart.builder().jobId("job").build().toBytes());

        assertThat(parsed.startTime()).isNull();
        assertThat(parsed.stopTime()).isNull();
        assertThat(parsed.nPeriods()).isEqualTo(1);
        assertThat(parsed.filename()).isEmpty();
        assertThat(parsed.detectorSpectrumMap()).isNull();
    }

    @Test
    void runStartCarriesDetectorSpectrumMap() {
        var mapping = new SpectraDetectorMapping(new int[] {1, 2}, new int[] {10, 20}, 2);
        RunStart parsed = RunStart.parse(
                RunStart.builder().detectorSpectrumMap(mapping).build().toBytes());

        assertThat(parsed.detectorSpectrumMap()).usingRecursiveComparison().isEqualTo(mapping);
    }

    @Test
    void runStopRoundTrips() {
        RunStop stopNow = RunStop.now("job").withServiceId("service").withRunName("run");
        RunStop stopAt = RunStop.at("job", STOP).withCommandId("command");

        assertThat(RunStop.parse(stopNow.toBytes())).isEqualTo(stopNow);
        assertThat(RunStop.parse(stopAt.toBytes())).isEqualTo(stopAt);
        assertThat(RunStop.parse(stopNow.toBytes()).stopTime()).isNull();
    }

    @Test
    void statusRoundTrips() {
        Status status = new Status(
                "kafka-to-nexus", "1.0", "service", "host", 4711, Duration.ofSeconds(2), "{\"state\":\"idle\"}");

        assertThat(Status.parse(status.toBytes())).isEqualTo(status);
    }

    @Test
    void statusNamesTheWritersStateFromItsJson() {
        Status idle = new Status("kafka-to-nexus", "1.0", "service", "host", 4711, Duration.ofSeconds(2), "");

        assertThat(idle.withStatusJson("{\"job_id\":\"j\",\"state\":\"writing\"}")
                        .state())
                .isEqualTo(WriterState.WRITING);
        assertThat(idle.withStatusJson("{\"state\":\"idle\"}").state()).isEqualTo(WriterState.IDLE);
        assertThat(idle.withStatusJson("{\"state\":\"paused\"}").state()).isEqualTo(WriterState.UNKNOWN);
        assertThat(idle.state()).isEqualTo(WriterState.UNKNOWN);
        assertThatThrownBy(() -> idle.withStatusJson("{\"state\":").state())
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("x5f2 of service: status_json is not JSON");
    }

    @Test
    void actionResponseRoundTrips() {
        ActionResponse response = new ActionResponse(
                "service", "job", ActionType.SET_STOP_TIME, ActionOutcome.FAILURE, 400, STOP, "Rejected", "command");

        assertThat(ActionResponse.parse(response.toBytes())).isEqualTo(response);
    }

    @Test
    void finishedWritingRoundTrips() {
        FinishedWriting done = new FinishedWriting("service", "job", true, "file.nxs", "{}", "failed");

        assertThat(FinishedWriting.parse(done.toBytes())).isEqualTo(done);
    }

    @Test
    void rejectsTooShortMislabelledAndTruncatedBuffers() {
        byte[] bytes = RunStop.now("job").toBytes();

        assertThatThrownBy(() -> Identifier.of(new byte[7]))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> RunStart.parse(bytes))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("expected a pl72");
        assertThatThrownBy(() -> RunStop.parse(Arrays.copyOf(bytes, bytes.length - 8)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("6s4t");
    }
}
