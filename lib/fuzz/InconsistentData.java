package lib.fuzz;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import lib.wire.AdcPulseDebug;
import lib.wire.AreaDetectorArray;
import lib.wire.ChopperTimestamps;
import lib.wire.DataArray;
import lib.wire.ElementType;
import lib.wire.EventData;
import lib.wire.Histogram;
import lib.wire.LogData;
import lib.wire.Message;
import lib.wire.SampleEnvironment;
import lib.wire.Value;
import lib.wire.ValueType;

/**
 * Data messages that are valid flatbuffers but whose contents disagree with themselves or with the module's config:
 * event indices past the events, image dimensions that do not match the data, shapes of 2^40 elements, value types
 * the config did not ask for, NaN and infinite values, empty and very large arrays.
 */
final class InconsistentData {
    private static final int LARGE = 1 << 20;

    private InconsistentData() {}

    static Mutant of(DataSchema schema, long t, Random random) {
        String source = schema.source();
        Instant at = Instant.ofEpochSecond(0, t);
        int pick = random.nextInt(6);
        return switch (schema) {
            case F144, F142 -> logData(schema, source, t, pick);
            case EV44 -> events(source, t, pick);
            case EV42 -> events42(source, t, pick);
            case TDCT -> chopper(source, t, pick);
            case SE00, SENV -> sampleEnvironment(schema, source, at, pick);
            case AD00, ADAR -> image(schema, source, at, pick);
            case DA00 -> dataArray(source, at, pick);
            case HS00 -> histogram(source, at, pick);
            default -> new Mutant(
                    MutationKind.INCONSISTENT,
                    schema.module() + " with a 1 MiB source name",
                    schema.valid(Texts.longText("fuzz-", LARGE), t, random).toBytes());
        };
    }

    private static Mutant logData(DataSchema schema, String source, long t, int pick) {
        Value value =
                switch (pick) {
                    case 0 -> Value.ofDouble(Double.NaN);
                    case 1 -> Value.ofDouble(Double.NEGATIVE_INFINITY);
                    case 2 -> Value.ofLong(Long.MIN_VALUE);
                    case 3 -> Value.ofDoubles(1, 2, 3);
                    case 4 -> Value.ofArray(ValueType.ARRAY_DOUBLE, new double[0]);
                    default -> Value.ofArray(ValueType.ARRAY_BYTE, new byte[100_000]);
                };
        Message message = schema == DataSchema.F144 ? LogData.f144(source, t, value) : LogData.f142(source, t, value);
        return mutant(
                schema.module() + " value " + value.type() + " of " + value.size() + " element(s)"
                        + (value.size() == 1 ? " (" + value.numberAt(0) + ")" : ""),
                message);
    }

    private static Mutant events(String source, long t, int pick) {
        int[] four = {1, 2, 3, 4};
        EventData event =
                switch (pick) {
                    case 0 -> EventData.ev44(source, 1, new long[] {t}, new int[] {1_000_000}, four, four);
                    case 1 -> EventData.ev44(source, 1, new long[] {t, t + 1}, new int[] {-5, 2}, four, four);
                    case 2 -> EventData.ev44(source, 1, new long[] {t, t + 1, t + 2}, new int[] {3, 1, 0}, four, four);
                    case 3 -> EventData.ev44(
                            source, 1, new long[] {t, t + 1, t + 2}, new int[] {0}, four, new int[] {1});
                    case 4 -> EventData.ev44(source, 1, new long[0], new int[0], four, four);
                    default -> EventData.ev44(
                            source, 1, new long[] {t + 5, t}, new int[] {0, 2}, new int[LARGE], new int[LARGE]);
                };
        return mutant(
                "ev44 with " + event.referenceTime().length + " reference times, indices "
                        + brief(event.referenceTimeIndex()) + ", " + event.timeOfFlight().length + " times of flight, "
                        + event.pixelId().length + " pixel ids",
                event);
    }

    private static Mutant events42(String source, long t, int pick) {
        int[] three = {1, 2, 3};
        EventData event =
                switch (pick) {
                    case 0 -> EventData.ev42(source, 1, t, three, new int[] {1});
                    case 1 -> EventData.ev42(source, 1, t, three, three)
                            .withFacilityData(new AdcPulseDebug(new int[] {1}, null, three, new long[LARGE], null));
                    case 2 -> EventData.ev42(source, 1, t, new int[0], new int[0]);
                    default -> EventData.ev42(source, 1, t, new int[LARGE], new int[LARGE]);
                };
        return mutant(
                "ev42 with " + event.timeOfFlight().length + " times of flight, " + event.pixelId().length
                        + " detector ids" + (event.facilityData() == null ? "" : " and mismatched pulse debug data"),
                event);
    }

    private static Mutant chopper(String source, long t, int pick) {
        long[] timestamps =
                switch (pick) {
                    case 0 -> new long[0];
                    case 1 -> new long[] {t + 3000, t + 1000, t + 2000};
                    case 2 -> new long[] {t, t, t};
                    case 3 -> new long[] {-1, Long.MIN_VALUE};
                    default -> new long[LARGE];
                };
        return mutant("tdct with timestamps " + brief(timestamps), new ChopperTimestamps(source, timestamps, 1));
    }

    private static Mutant sampleEnvironment(DataSchema schema, String source, Instant at, int pick) {
        String id = schema == DataSchema.SE00 ? SampleEnvironment.SE00 : SampleEnvironment.SENV;
        Value values =
                switch (pick) {
                    case 0 -> Value.ofInts();
                    case 1 -> Value.ofArray(ValueType.ARRAY_BYTE, new byte[] {1, 2});
                    default -> Value.ofInts(new int[pick == 2 ? LARGE : 3]);
                };
        long[] timestamps = pick == 3 ? new long[] {1} : pick == 4 ? new long[] {3, 2, 1, 0, -1} : null;
        double delta = pick == 5 ? -1e300 : 1000.0;
        SampleEnvironment message =
                new SampleEnvironment(id, source, 1, at, delta, SampleEnvironment.Location.END, values, timestamps, 1);
        return mutant(
                schema.module() + " with " + values.size() + " " + values.type() + " values, "
                        + (timestamps == null ? 0 : timestamps.length) + " timestamps, time delta " + delta,
                message);
    }

    private static Mutant image(DataSchema schema, String source, Instant at, int pick) {
        long[] dimensions =
                switch (pick) {
                    case 0 -> new long[] {1000, 1000};
                    case 1 -> new long[0];
                    case 2 -> new long[] {-1, 2};
                    case 3 -> new long[] {1L << 31, 1L << 31};
                    case 4 -> new long[] {1L << 40, 1L << 40, 1L << 40};
                    default -> new long[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
                };
        ElementType type = pick == 5 ? ElementType.C_STRING : ElementType.UINT16;
        AreaDetectorArray image = new AreaDetectorArray(
                AreaDetectorArray.AD00, source, 1, at, dimensions, type, new byte[] {1, 2, 3, 4, 5}, List.of());
        return mutant(
                schema.module() + " of " + type + " with dimensions " + brief(dimensions) + " and 5 data bytes",
                schema == DataSchema.ADAR ? image.asAdar() : image);
    }

    private static Mutant dataArray(String source, Instant at, int pick) {
        List<DataArray.Variable> variables =
                switch (pick) {
                    case 0 -> List.of();
                    case 1 -> List.of(
                            DataArray.Variable.of("signal", "", List.of("x"), new long[] {7}, Value.ofInts(1, 2)));
                    case 2 -> List.of(DataArray.Variable.of(
                            "signal", "", List.of("x", "y", "z"), new long[] {1L << 40}, Value.ofInts(1)));
                    case 3 -> List.of(new DataArray.Variable(
                            "signal", "", "", "", null, List.of(), new long[] {4}, new byte[16]));
                    case 4 -> List.of(
                            DataArray.Variable.of("signal", "", List.of("x"), new long[] {-4}, Value.ofDoubles(1)));
                    default -> List.of(DataArray.Variable.of(
                            "unlisted", "", List.of("x"), new long[] {LARGE}, Value.ofInts(new int[LARGE])));
                };
        String what = variables.isEmpty()
                ? "no variables"
                : "variable " + variables.get(0).name() + " of type "
                        + variables.get(0).dataType() + ", shape "
                        + brief(variables.get(0).shape()) + ", "
                        + variables.get(0).data().length + " data bytes";
        return mutant("da00 with " + what, new DataArray(source, at, variables));
    }

    private static Mutant histogram(String source, Instant at, int pick) {
        int[] shape = pick == 0 ? new int[] {1 << 20, 1 << 20} : new int[] {2, 2};
        int[] offset = pick == 1 ? new int[] {5, 9} : pick == 2 ? new int[] {-1} : new int[] {0, 0};
        Value data = pick == 3 ? Value.ofDoubles(1) : Value.ofDoubles(1, 2, 3, 4);
        Value errors = pick == 4 ? null : data;
        Histogram histogram = new Histogram(source, at, List.of(), null, shape, offset, data, errors, "");
        return mutant(
                "hs00 of shape " + brief(shape) + ", offset " + brief(offset) + ", " + data.size() + " data values"
                        + (errors == null ? ", no errors" : ""),
                histogram);
    }

    private static Mutant mutant(String description, Message message) {
        return new Mutant(MutationKind.INCONSISTENT, description, message.toBytes());
    }

    private static String brief(int[] values) {
        return values.length > 8 ? values.length + " values" : java.util.Arrays.toString(values);
    }

    private static String brief(long[] values) {
        return values.length > 8 ? values.length + " values" : java.util.Arrays.toString(values);
    }
}
