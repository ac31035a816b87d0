package lib.fuzz;

import static lib.fuzz.SlotInfo.enumeration;
import static lib.fuzz.SlotInfo.floating;
import static lib.fuzz.SlotInfo.number;
import static lib.fuzz.SlotInfo.time;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import lib.fuzz.SlotInfo.Union;
import lib.wire.AdcPulseDebug;
import lib.wire.Alarm;
import lib.wire.AlarmSeverity;
import lib.wire.AlarmStatus;
import lib.wire.AreaDetectorArray;
import lib.wire.ChopperTimestamps;
import lib.wire.ConnectionStatus;
import lib.wire.DataArray;
import lib.wire.EpicsConnection;
import lib.wire.EventData;
import lib.wire.Histogram;
import lib.wire.LogData;
import lib.wire.Message;
import lib.wire.SampleEnvironment;
import lib.wire.Value;
import lib.wire.ValueType;

/**
 * One data schema the data job reads: its writer module, the source name the job's structure gives it, the module's
 * config, the layout facts the mutations need, and a valid message of it at a given time.
 */
enum DataSchema {
    F144(
            "f144",
            "{\"dtype\":\"double\",\"value_units\":\"K\"}",
            new SlotInfo(4, 0, List.of(0), List.of(time(1, "timestamp")), List.of(new Union(2, 20, "value")))),
    F142(
            "f142",
            "{\"type\":\"double\"}",
            new SlotInfo(
                    6,
                    0,
                    List.of(0),
                    List.of(time(3, "timestamp"), enumeration(4, 2, "status"), enumeration(5, 2, "severity")),
                    List.of(new Union(1, 20, "value")))),
    EV44(
            "ev44",
            "{\"cue_interval\":2}",
            new SlotInfo(6, 0, List.of(0), List.of(number(1, 8, "message_id")), List.of())),
    EV42(
            "ev42",
            "{\"adc_pulse_debug\":true}",
            new SlotInfo(
                    7,
                    0,
                    List.of(0),
                    List.of(number(1, 8, "message_id"), time(2, "pulse_time")),
                    List.of(new Union(5, 2, "facility_specific_data")))),
    EP01(
            "ep01",
            "{}",
            new SlotInfo(4, 2, List.of(2, 3), List.of(time(0, "timestamp"), enumeration(1, 2, "status")), List.of())),
    EP00(
            "ep00",
            "{}",
            new SlotInfo(4, 2, List.of(2, 3), List.of(time(0, "timestamp"), enumeration(1, 2, "type")), List.of())),
    AL00(
            "al00",
            "{}",
            new SlotInfo(4, 0, List.of(0, 3), List.of(time(1, "timestamp"), enumeration(2, 2, "severity")), List.of())),
    TDCT("tdct", "{}", new SlotInfo(3, 0, List.of(0), List.of(number(2, 8, "sequence_counter")), List.of())),
    SE00("se00", "{\"dtype\":\"double\"}", sampleEnvironment(10)),
    SENV("senv", "{\"dtype\":\"int32\"}", sampleEnvironment(8)),
    AD00("ad00", "{\"dtype\":\"uint16\",\"array_size\":[2,2]}", areaDetector()),
    ADAR("ADAr", "{\"dtype\":\"uint16\",\"array_size\":[2,2]}", areaDetector()),
    DA00(
            "da00",
            "{\"variables\":[{\"name\":\"signal\",\"data_type\":\"int32\",\"axes\":[\"x\"],\"shape\":[4]}]}",
            new SlotInfo(3, 0, List.of(0), List.of(time(1, "timestamp")), List.of())),
    HS00(
            "hs00",
            "{\"data_type\":\"double\",\"edge_type\":\"double\",\"error_type\":\"double\",\"shape\":["
                    + "{\"size\":2,\"unit\":\"ms\",\"label\":\"tof\",\"dataset_name\":\"tof\",\"edges\":[0,1,2]},"
                    + "{\"size\":2,\"unit\":\"\",\"label\":\"pixel\",\"dataset_name\":\"pixel\",\"edges\":[0,1,2]}]}",
            new SlotInfo(
                    11,
                    0,
                    List.of(0, 10),
                    List.of(time(1, "timestamp"), time(3, "last_metadata_timestamp")),
                    List.of(new Union(6, 4, "data"), new Union(8, 4, "errors"))));

    private final String module;
    private final String configExtras;
    private final SlotInfo slots;

    DataSchema(String module, String configExtras, SlotInfo slots) {
        this.module = module;
        this.configExtras = configExtras;
        this.slots = slots;
    }

    private static SlotInfo sampleEnvironment(int members) {
        return new SlotInfo(
                9,
                0,
                List.of(0),
                List.of(
                        number(1, 4, "channel"),
                        time(2, "packet_timestamp"),
                        floating(3, "time_delta"),
                        enumeration(4, 1, "timestamp_location"),
                        number(8, 8, "message_counter")),
                List.of(new Union(5, members, "values")));
    }

    private static SlotInfo areaDetector() {
        return new SlotInfo(
                7,
                0,
                List.of(0),
                List.of(number(1, 4, "id"), time(2, "timestamp"), enumeration(4, 1, "data_type")),
                List.of());
    }

    /** The writer module's name, which is also how the structure names it. */
    String module() {
        return module;
    }

    /** The source name the data job's structure gives this schema's module. */
    String source() {
        return "fuzz_" + module;
    }

    /** The module's config for the data job's structure. */
    String config(String topic) {
        String common = "\"topic\":\"" + topic + "\",\"source\":\"" + source() + "\"";
        return configExtras.equals("{}") ? "{" + common + "}" : "{" + common + "," + configExtras.substring(1);
    }

    SlotInfo slots() {
        return slots;
    }

    /** A valid message of this schema for the job's source, at {@code timeNs}. */
    Message valid(long timeNs, Random random) {
        return valid(source(), timeNs, random);
    }

    /** A valid message of this schema with another source name (which may route it nowhere). */
    Message valid(String source, long timeNs, Random random) {
        Instant at = Instant.ofEpochSecond(0, timeNs);
        return switch (this) {
            case F144 -> LogData.f144(source, timeNs, Value.ofDouble(random.nextDouble()));
            case F142 -> LogData.f142(source, timeNs, Value.ofDouble(random.nextDouble()))
                    .withAlarm(AlarmStatus.HIGH, AlarmSeverity.MAJOR);
            case EV44 -> EventData.ev44(
                    source,
                    1 + random.nextInt(1000),
                    new long[] {timeNs, timeNs + 1000},
                    new int[] {0, 2},
                    new int[] {10, 20, 30, 40},
                    new int[] {1, 2, 3, 4});
            case EV42 -> EventData.ev42(
                            source, 1 + random.nextInt(1000), timeNs, new int[] {10, 20, 30}, new int[] {1, 2, 3})
                    .withFacilityData(new AdcPulseDebug(
                            new int[] {1, 2, 3},
                            new int[] {4, 5, 6},
                            new int[] {7, 8, 9},
                            new long[] {1, 2, 3},
                            new long[] {4, 5, 6}));
            case EP01 -> new EpicsConnection(EpicsConnection.EP01, source, at, ConnectionStatus.CONNECTED, "fuzz");
            case EP00 -> new EpicsConnection(EpicsConnection.EP00, source, at, ConnectionStatus.DISCONNECTED, "fuzz");
            case AL00 -> Alarm.al00(source, timeNs, Alarm.Severity.MAJOR, "fuzz alarm");
            case TDCT -> new ChopperTimestamps(source, new long[] {timeNs, timeNs + 1000, timeNs + 2000}, 7);
            case SE00 -> new SampleEnvironment(
                    SampleEnvironment.SE00,
                    source,
                    3,
                    at,
                    1000.0,
                    SampleEnvironment.Location.START,
                    Value.ofDoubles(1, 2, 3),
                    null,
                    5);
            case SENV -> new SampleEnvironment(
                    SampleEnvironment.SENV,
                    source,
                    3,
                    at,
                    1000.0,
                    SampleEnvironment.Location.START,
                    Value.ofInts(1, 2, 3),
                    null,
                    5);
            case AD00 -> image(source, at);
            case ADAR -> image(source, at).asAdar();
            case DA00 -> new DataArray(
                    source,
                    at,
                    List.of(DataArray.Variable.of(
                            "signal", "counts", List.of("x"), new long[] {4}, Value.ofInts(1, 2, 3, 4))));
            case HS00 -> new Histogram(
                    source,
                    at,
                    List.of(),
                    null,
                    new int[] {2, 2},
                    new int[] {0, 0},
                    Value.ofDoubles(1, 2, 3, 4),
                    Value.ofDoubles(1, 1, 1, 1),
                    "fuzz");
        };
    }

    private static AreaDetectorArray image(String source, Instant at) {
        return AreaDetectorArray.ad00(
                source, 3, at, new long[] {2, 2}, Value.ofArray(ValueType.ARRAY_USHORT, new short[] {1, 2, 3, 4}));
    }
}
