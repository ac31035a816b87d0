package lib.fuzz;

import java.util.List;
import java.util.Random;
import lib.fuzz.SlotInfo.Scalar;
import lib.fuzz.SlotInfo.Union;

/**
 * Structure-aware mutations of a valid data message, driven by its {@link SlotInfo}: each field left out, the source
 * name empty, long, odd or not UTF-8, scalars (times, counts, enum codes, doubles) at their extremes, union type
 * codes naming another member or none; and per schema the inconsistent contents of {@link InconsistentData}.
 */
final class DataMutations {
    private static final long[] TIMES = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 9_223_372_036_854_775_000L};

    private DataMutations() {}

    static Mutant next(DataSchema schema, long timeNs, SlotCycle cycle, Random random) {
        byte[] valid = schema.valid(timeNs, random).toBytes();
        Mutant mutant =
                switch (random.nextInt(8)) {
                    case 0 -> absent(schema, valid, cycle);
                    case 1 -> source(schema, MutationKind.EMPTY_STRING, "", timeNs, random);
                    case 2 -> source(
                            schema,
                            MutationKind.LONG_STRING,
                            Texts.longText("fuzz-", Texts.longSize(random)),
                            timeNs,
                            random);
                    case 3 -> invalidSource(schema, timeNs, random);
                    case 4 -> source(schema, MutationKind.ODD_STRING, Texts.odd(random), timeNs, random);
                    case 5 -> scalar(schema, valid, random);
                    case 6 -> union(schema, valid, random);
                    default -> InconsistentData.of(schema, timeNs, random);
                };
        // A scalar at its default or a union the schema lacks is not in the buffer: mutate the content instead.
        return mutant.bytes() != null ? mutant : InconsistentData.of(schema, timeNs, random);
    }

    private static Mutant absent(DataSchema schema, byte[] valid, SlotCycle cycle) {
        int slot = cycle.next(schema.module(), schema.slots().slots());
        byte[] bytes = FlatTable.root(valid).orElseThrow().withoutField(slot);
        return new Mutant(MutationKind.FIELD_ABSENT, schema.module() + " slot " + slot + " left out", bytes);
    }

    private static Mutant source(DataSchema schema, MutationKind kind, String source, long timeNs, Random random) {
        byte[] bytes = schema.valid(source, timeNs, random).toBytes();
        return new Mutant(kind, schema.module() + " source name " + StartMutations.describe(source), bytes);
    }

    private static Mutant invalidSource(DataSchema schema, long timeNs, Random random) {
        byte[] invalid = Texts.invalidUtf8(random);
        byte[] bytes =
                Texts.replaceMarker(schema.valid(Texts.MARKER, timeNs, random).toBytes(), invalid);
        return new Mutant(
                MutationKind.INVALID_UTF8, schema.module() + " source name not UTF-8 (" + Hex.of(invalid) + ")", bytes);
    }

    /** Null bytes when the chosen scalar was left out of the valid message (at its default). */
    private static Mutant scalar(DataSchema schema, byte[] valid, Random random) {
        List<Scalar> scalars = schema.slots().scalars();
        Scalar scalar = scalars.get(random.nextInt(scalars.size()));
        FlatTable root = FlatTable.root(valid).orElseThrow();
        if (!root.present(scalar.slot())) {
            return new Mutant(MutationKind.EXTREME_NUMBER, "", null);
        }
        long bits = extreme(scalar, random);
        MutationKind kind =
                scalar.kind() == SlotInfo.ScalarKind.TIME ? MutationKind.EXTREME_TIME : MutationKind.EXTREME_NUMBER;
        String shown = scalar.kind() == SlotInfo.ScalarKind.FLOAT
                ? String.valueOf(Double.longBitsToDouble(bits))
                : String.valueOf(bits);
        return new Mutant(
                kind,
                schema.module() + " " + scalar.name() + " = " + shown,
                root.withScalar(scalar.slot(), bits, scalar.width()));
    }

    private static long extreme(Scalar scalar, Random random) {
        return switch (scalar.kind()) {
            case TIME -> TIMES[random.nextInt(TIMES.length)];
            case FLOAT -> Double.doubleToRawLongBits(new double[] {
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE, -1e300
                    }
                    [random.nextInt(6)]);
            case ENUM -> new long[] {-1, 0x7f, 99, (1L << (8 * scalar.width() - 1)) - 1}[random.nextInt(4)];
            case NUMBER -> {
                long max = scalar.width() == 8 ? Long.MAX_VALUE : (1L << (8 * scalar.width() - 1)) - 1;
                yield new long[] {0, -1, max, ~max}[random.nextInt(4)];
            }
        };
    }

    private static Mutant union(DataSchema schema, byte[] valid, Random random) {
        List<Union> unions = schema.slots().unions();
        if (unions.isEmpty()) {
            return new Mutant(MutationKind.WRONG_UNION, "", null);
        }
        Union union = unions.get(random.nextInt(unions.size()));
        FlatTable root = FlatTable.root(valid).orElseThrow();
        if (!root.present(union.typeSlot())) {
            return new Mutant(MutationKind.WRONG_UNION, "", null);
        }
        int code =
                switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> union.members() + 1;
                    case 2 -> 255;
                    default -> 1 + random.nextInt(union.members());
                };
        return new Mutant(
                MutationKind.WRONG_UNION,
                schema.module() + " " + union.name() + " type code " + code + " (members 1.." + union.members() + ")",
                root.withScalar(union.typeSlot(), code, 1));
    }
}
