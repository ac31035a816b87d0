package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.AdcPulseDebug;
import lib.wire.Alarm;
import lib.wire.AreaDetectorArray;
import lib.wire.ChopperTimestamps;
import lib.wire.ConnectionStatus;
import lib.wire.DataArray;
import lib.wire.EpicsConnection;
import lib.wire.EventData;
import lib.wire.FinishedWriting;
import lib.wire.Histogram;
import lib.wire.Identifier;
import lib.wire.IsisData;
import lib.wire.JsonData;
import lib.wire.LogData;
import lib.wire.Message;
import lib.wire.Messages;
import lib.wire.RunStart;
import lib.wire.RunState;
import lib.wire.RunStop;
import lib.wire.SampleEnvironment;
import lib.wire.Status;
import lib.wire.Value;
import lib.wire.ValueType;
import lib.wire.WireFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad buffers: too short, mislabelled, truncated or corrupted ones give a WireFormatException, nothing else. */
class RejectionTest {

    private static final Instant TIME = Instant.parse("2022-03-31T10:00:00Z");

    /** One message of every root schema, with every optional part present. */
    static Stream<Message> everySchema() {
        Value values = Value.ofInts(1, 2, 3, 4);
        Value counts = Value.ofArray(ValueType.ARRAY_UINT, new int[] {1, 2, 3, 4});
        var axis = new Histogram.Dimension(4, "mm", "x", Value.ofDoubles(1, 2, 3, 4, 5));
        return Stream.of(
                RunStart.builder()
                        .jobId("job")
                        .filename("file")
                        .structure("{}")
                        .start(TIME)
                        .build(),
                RunStop.now("job"),
                new Status("kafka-to-nexus", "1", "service", "host", 1, Duration.ofSeconds(2), "{}"),
                new ActionResponse(
                        "service", "job", ActionType.START_JOB, ActionOutcome.SUCCESS, 201, TIME, "ok", "job"),
                new FinishedWriting("service", "job", false, "file", "{}", ""),
                LogData.f142("pv", TIME, values),
                LogData.f144("pv", TIME, Value.ofDouble(1.5)),
                EventData.ev42("detector", 1, 5, new int[] {1}, new int[] {2})
                        .withFacilityData(new IsisData(1, RunState.RUNNING, 1)),
                EventData.ev42("detector", 1, 5, new int[] {1}, new int[] {2})
                        .withFacilityData(new AdcPulseDebug(new int[] {1}, null, null, new long[] {2}, null)),
                EventData.ev44("detector", 1, 5, new int[] {1, 2}, new int[] {3, 4}),
                EpicsConnection.ep00("pv", TIME, ConnectionStatus.CONNECTED),
                EpicsConnection.ep01("pv", TIME, ConnectionStatus.CONNECTED).withServiceId("service"),
                new Alarm("pv", TIME, Alarm.Severity.MAJOR, "hot"),
                new Histogram(
                        "histogram", TIME, List.of(axis), TIME, new int[] {4}, new int[] {0}, counts, counts, "info"),
                SampleEnvironment.senv("channel", 1, TIME, 1, values),
                SampleEnvironment.se00("channel", 1, TIME, 1, Value.ofDoubles(1, 2)),
                new ChopperTimestamps("chopper", new long[] {1, 2}, 3),
                AreaDetectorArray.ad00("camera", 1, TIME, new long[] {2, 2}, values)
                        .withAttributes(List.of(AreaDetectorArray.Attribute.ofText("mode", "", "", "fast"))),
                AreaDetectorArray.ad00("camera", 1, TIME, new long[] {4}, values)
                        .asAdar(),
                new JsonData("{}"),
                new DataArray(
                        "detector",
                        TIME,
                        List.of(DataArray.Variable.of("signal", "counts", List.of("x"), new long[] {4}, values))));
    }

    @Test
    void buffersShorterThanAnIdentifierAreRejected() {
        for (int length = 0; length < 8; length++) {
            byte[] bytes = new byte[length];
            assertThatThrownBy(() -> Messages.parse(bytes))
                    .isInstanceOf(WireFormatException.class)
                    .hasMessageContaining(length + " bytes is too short");
        }
        assertThatThrownBy(() -> Identifier.of(null)).isInstanceOf(WireFormatException.class);
    }

    @Test
    void unknownIdentifiersAreRejectedWithTheKnownOnes() {
        byte[] bytes = RunStop.now("job").toBytes();
        System.arraycopy("zz99".getBytes(StandardCharsets.US_ASCII), 0, bytes, 4, 4);

        assertThatThrownBy(() -> Messages.parse(bytes))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("unknown file identifier \"zz99\"")
                .hasMessageContaining("pl72");
    }

    @ParameterizedTest
    @MethodSource("everySchema")
    void messagesOfAnotherSchemaAreRejectedByEveryOtherParser(Message message) {
        byte[] bytes = message.toBytes();
        List<Message> others = everySchema()
                .filter(other -> other.getClass() != message.getClass())
                .toList();

        for (Message other : others) {
            Throwable thrown = catchThrowable(() -> parserOf(other).parse(bytes));
            assertThat(thrown)
                    .as(other.getClass().getSimpleName() + " parser on " + message.identifier())
                    .isInstanceOf(WireFormatException.class)
                    .hasMessageContaining("expected a")
                    .hasMessageContaining("\"" + message.identifier() + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("everySchema")
    void truncatedBuffersNeverLeakAnythingButWireFormatException(Message message) {
        byte[] bytes = message.toBytes();

        for (int length = 0; length < bytes.length; length++) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            Throwable thrown = catchThrowable(() -> Messages.parse(truncated));
            if (thrown != null) {
                assertThat(thrown)
                        .as("%s cut to %d of %d bytes", message.identifier(), length, bytes.length)
                        .isInstanceOf(WireFormatException.class)
                        .hasMessageMatching("(?s).*(" + message.identifier() + "|too short).*");
            }
        }
        byte[] half = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> Messages.parse(half))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("invalid " + message.identifier() + " message");
    }

    @ParameterizedTest
    @MethodSource("everySchema")
    void corruptedBuffersNeverLeakAnythingButWireFormatException(Message message) {
        byte[] bytes = message.toBytes();
        Random random = new Random(42);

        for (int attempt = 0; attempt < 2_000; attempt++) {
            byte[] corrupted = bytes.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                corrupted[8 + random.nextInt(corrupted.length - 8)] = (byte) random.nextInt(256);
            }
            Throwable thrown = catchThrowable(() -> Messages.parse(corrupted));
            if (thrown != null) {
                assertThat(thrown)
                        .as("%s corrupted: %s", message.identifier(), Arrays.toString(corrupted))
                        .isInstanceOf(WireFormatException.class);
            }
        }
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        byte[] bytes = new FinishedWriting("service", "job", false, "file", "", "").toBytes();
        // Drop slot 3 (file_name) from the vtable: the vtable follows the 4-byte root offset and identifier.
        int table = java.nio.ByteBuffer.wrap(bytes)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt(0);
        int vtable = table
                - java.nio.ByteBuffer.wrap(bytes)
                        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .getInt(table);
        bytes[vtable + 4 + 2 * 3] = 0;
        bytes[vtable + 5 + 2 * 3] = 0;

        assertThatThrownBy(() -> FinishedWriting.parse(bytes))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("invalid wrdn message: FinishedWriting.file_name (slot 3): required field is missing");
    }

    private interface Parser {
        Object parse(byte[] bytes);
    }

    private static Parser parserOf(Message message) {
        return switch (message.identifier()) {
            case "pl72" -> RunStart::parse;
            case "6s4t" -> RunStop::parse;
            case "x5f2" -> Status::parse;
            case "answ" -> ActionResponse::parse;
            case "wrdn" -> FinishedWriting::parse;
            case "f142" -> LogData::parseF142;
            case "f144" -> LogData::parseF144;
            case "ev42" -> EventData::parseEv42;
            case "ev44" -> EventData::parseEv44;
            case "al00" -> Alarm::parse;
            case "hs00" -> Histogram::parse;
            case "tdct" -> ChopperTimestamps::parse;
            case "json" -> JsonData::parse;
            case "da00" -> DataArray::parse;
            case "ep00", "ep01" -> EpicsConnection::parse;
            case "senv", "se00" -> SampleEnvironment::parse;
            case "ADAr", "ad00" -> AreaDetectorArray::parse;
            default -> throw new IllegalArgumentException(message.identifier());
        };
    }
}
