package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import lib.wire.Alarm;
import lib.wire.ConnectionStatus;
import lib.wire.EpicsConnection;
import lib.wire.Messages;
import org.junit.jupiter.api.Test;

class EpicsAndAlarmTest {

    private static final Instant TIME = Instant.parse("2022-03-31T10:00:00.000000001Z");

    @Test
    void ep01RoundTrips() {
        EpicsConnection message =
                EpicsConnection.ep01("pv", TIME, ConnectionStatus.REMOTE_ERROR).withServiceId("ioc");

        assertThat(Messages.parse(message.toBytes())).isEqualTo(message);
        assertThat(message.messageTimeNs()).isEqualTo(TIME.getEpochSecond() * 1_000_000_000L + 1);
    }

    @Test
    void ep00RoundTrips() {
        EpicsConnection message = EpicsConnection.ep00("pv", TIME, ConnectionStatus.DISCONNECTED);

        assertThat(Messages.parse(message.toBytes())).isEqualTo(message);
    }

    @Test
    void al00RoundTrips() {
        Alarm alarm = new Alarm("pv", TIME, Alarm.Severity.MAJOR, "too hot");

        assertThat(Messages.parse(alarm.toBytes())).isEqualTo(alarm);
        assertThat(Alarm.parse(Alarm.al00("pv", 5, null, "").toBytes()).severity())
                .isEqualTo(Alarm.Severity.OK);
    }
}
