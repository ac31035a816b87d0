package lib.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import lib.wire.RunStart;
import lib.wire.SpectraDetectorMapping;

/**
 * Structure-aware mutations of a valid run start (pl72, protocol.md §3): each field left out in turn, strings empty,
 * long, odd or not UTF-8, extreme times and counts, malformed or wrong-shape JSON, a detector map whose vectors
 * disagree.
 */
final class StartMutations {
    /** pl72 slot names in slot order. */
    static final List<String> SLOTS = List.of(
            "start_time",
            "stop_time",
            "run_name",
            "instrument_name",
            "nexus_structure",
            "job_id",
            "broker",
            "service_id",
            "filename",
            "n_periods",
            "detector_spectrum_map",
            "metadata",
            "control_topic");

    private static final List<Integer> STRING_SLOTS = List.of(2, 3, 4, 5, 6, 7, 8, 11, 12);
    private static final long MS_2262 = StopOracle.LAST_REPRESENTABLE_MS;

    private final String defaultCommandTopic;
    private final SlotCycle cycle = new SlotCycle();

    /** {@code defaultCommandTopic}: the writers' own command topic, one of the odd control topics. */
    StartMutations(String defaultCommandTopic) {
        this.defaultCommandTopic = defaultCommandTopic;
    }

    Mutant next(RunStart base, Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> absent(base);
            case 1 -> text(base, MutationKind.EMPTY_STRING, "", random);
            case 2 -> longText(base, random);
            case 3 -> invalidUtf8(base, random);
            case 4 -> odd(base, random);
            case 5 -> extremeTime(base, random);
            case 6 -> extremeNumber(base, random);
            case 7 -> json(base, MutationKind.BAD_JSON, JsonTexts.bad(random), random);
            case 8 -> json(base, MutationKind.JSON_SHAPE, JsonTexts.shape(random), random);
            default -> inconsistentMap(base, random);
        };
    }

    private Mutant absent(RunStart base) {
        int slot = cycle.next("pl72", SLOTS.size());
        byte[] valid = base.toBytes();
        byte[] bytes = FlatTable.root(valid).orElseThrow().withoutField(slot);
        return new Mutant(MutationKind.FIELD_ABSENT, "pl72 " + SLOTS.get(slot) + " left out", bytes);
    }

    private static Mutant text(RunStart base, MutationKind kind, String value, Random random) {
        int slot = STRING_SLOTS.get(random.nextInt(STRING_SLOTS.size()));
        return withText(base, kind, slot, value, describe(value));
    }

    private static Mutant longText(RunStart base, Random random) {
        int slot = STRING_SLOTS.get(random.nextInt(STRING_SLOTS.size()));
        int size = Texts.longSize(random);
        String value = slot == 4 && random.nextBoolean()
                ? JsonTexts.BASE + " ".repeat(size)
                : Texts.longText(base.jobId().substring(0, 8) + "-", size);
        return withText(base, MutationKind.LONG_STRING, slot, value, size + " characters");
    }

    private static Mutant invalidUtf8(RunStart base, Random random) {
        int slot = STRING_SLOTS.get(random.nextInt(STRING_SLOTS.size()));
        Mutant marked = withText(base, MutationKind.INVALID_UTF8, slot, Texts.MARKER, "");
        byte[] invalid = Texts.invalidUtf8(random);
        return new Mutant(
                MutationKind.INVALID_UTF8,
                "pl72 " + SLOTS.get(slot) + " not UTF-8 (" + Hex.of(invalid) + ")",
                Texts.replaceMarker(marked.bytes(), invalid));
    }

    private Mutant odd(RunStart base, Random random) {
        int slot = STRING_SLOTS.get(random.nextInt(STRING_SLOTS.size()));
        String tag = base.jobId().substring(0, 8);
        String value =
                switch (SLOTS.get(slot)) {
                    case "filename" -> OddValues.fileName(tag, random);
                    case "job_id" -> OddValues.uuid(base.jobId(), random);
                    case "control_topic" -> OddValues.topic(defaultCommandTopic, tag, random);
                    case "broker" -> OddValues.broker(random);
                    default -> Texts.odd(random);
                };
        return withText(base, MutationKind.ODD_STRING, slot, value, describe(value));
    }

    private static Mutant extremeTime(RunStart base, Random random) {
        long start = base.startTime().toEpochMilli();
        long[][] pairs = {
            {1, 2}, {start, start - 60_000}, {start, 1}, {MS_2262, MS_2262 + 1}, {MS_2262 + 1, 0}, {start, MS_2262},
            {start, MS_2262 + 1}, {start, -1}, {-1, 0}, {Long.MAX_VALUE, 0}, {0, 1}, {start, Long.MIN_VALUE}
        };
        long[] pair = pairs[random.nextInt(pairs.length)];
        FlatTable root = FlatTable.root(base.toBytes()).orElseThrow();
        byte[] bytes =
                FlatTable.root(root.withScalar(0, pair[0], 8)).orElseThrow().withScalar(1, pair[1], 8);
        return new Mutant(
                MutationKind.EXTREME_TIME,
                "pl72 start_time " + Long.toUnsignedString(pair[0]) + " ms, stop_time " + Long.toUnsignedString(pair[1])
                        + " ms",
                bytes);
    }

    private static Mutant extremeNumber(RunStart base, Random random) {
        long[] values = {0, 0xffff_ffffL, 0x8000_0000L, 2};
        long value = values[random.nextInt(values.length)];
        byte[] bytes = FlatTable.root(base.toBytes()).orElseThrow().withScalar(9, value, 4);
        return new Mutant(MutationKind.EXTREME_NUMBER, "pl72 n_periods " + value, bytes);
    }

    /** A JSON text in the structure, or now and then in the metadata (which the writer copies, §4.7). */
    private static Mutant json(RunStart base, MutationKind kind, JsonTexts.Text text, Random random) {
        boolean metadata = random.nextInt(4) == 0;
        RunStart changed = base.toBuilder()
                .structure(metadata ? base.nexusStructure() : text.json())
                .metadata(metadata ? text.json() : base.metadata())
                .build();
        return new Mutant(
                kind,
                "pl72 " + (metadata ? "metadata" : "nexus_structure") + ": " + text.description(),
                changed.toBytes());
    }

    private static Mutant inconsistentMap(RunStart base, Random random) {
        int huge = 1 << 20;
        SpectraDetectorMapping map =
                switch (random.nextInt(4)) {
                    case 0 -> new SpectraDetectorMapping(new int[] {1, 2, 3}, new int[] {1}, 3);
                    case 1 -> new SpectraDetectorMapping(new int[] {1, 2}, new int[] {1, 2}, -1);
                    case 2 -> new SpectraDetectorMapping(new int[0], new int[0], Integer.MAX_VALUE);
                    default -> new SpectraDetectorMapping(new int[huge], new int[huge], huge);
                };
        RunStart changed = base.toBuilder().detectorSpectrumMap(map).build();
        return new Mutant(
                MutationKind.INCONSISTENT,
                "pl72 detector_spectrum_map with " + map.spectrum().length + " spectra, " + map.detectorId().length
                        + " detector ids, n_spectra " + map.nSpectra(),
                changed.toBytes());
    }

    private static Mutant withText(RunStart base, MutationKind kind, int slot, String value, String what) {
        RunStart.Builder builder = base.toBuilder();
        SETTERS.get(STRING_SLOTS.indexOf(slot)).accept(builder, value);
        return new Mutant(
                kind, "pl72 " + SLOTS.get(slot) + " " + what, builder.build().toBytes());
    }

    private static final List<BiConsumer<RunStart.Builder, String>> SETTERS = List.of(
            RunStart.Builder::runName,
            RunStart.Builder::instrumentName,
            RunStart.Builder::structure,
            RunStart.Builder::jobId,
            RunStart.Builder::broker,
            RunStart.Builder::serviceId,
            RunStart.Builder::filename,
            RunStart.Builder::metadata,
            RunStart.Builder::controlTopic);

    static String describe(String value) {
        if (value.isEmpty()) {
            return "empty";
        }
        return "= " + Hex.quote(value);
    }
}
