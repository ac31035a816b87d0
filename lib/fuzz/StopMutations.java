package lib.fuzz;

import java.util.List;
import java.util.Random;
import lib.wire.RunStop;

/**
 * Structure-aware mutations of a valid stop (6s4t, protocol.md §3) aimed at the running job: each field left out
 * (an absent command_id is the one that kills HEAD main-162d07c, §9), strings empty, long, odd or not UTF-8, and
 * stop times from 1970 to past 2262.
 */
final class StopMutations {
    static final List<String> SLOTS = List.of("stop_time", "run_name", "job_id", "service_id", "command_id");
    private static final long MS_2262 = StopOracle.LAST_REPRESENTABLE_MS;

    private StopMutations() {}

    static Mutant next(RunStop base, long nowMs, SlotCycle cycle, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> absent(base, cycle);
            case 1 -> withText(base, MutationKind.EMPTY_STRING, 1 + random.nextInt(4), "");
            case 2 -> {
                int size = Texts.longSize(random);
                yield withText(base, MutationKind.LONG_STRING, 1 + random.nextInt(4), Texts.longText("fuzz-", size));
            }
            case 3 -> invalidUtf8(base, random);
            case 4 -> odd(base, random);
            default -> extremeTime(base, nowMs, random);
        };
    }

    private static Mutant absent(RunStop base, SlotCycle cycle) {
        int slot = cycle.next("6s4t", SLOTS.size());
        byte[] bytes = FlatTable.root(base.toBytes()).orElseThrow().withoutField(slot);
        return new Mutant(MutationKind.FIELD_ABSENT, "6s4t " + SLOTS.get(slot) + " left out", bytes);
    }

    private static Mutant invalidUtf8(RunStop base, Random random) {
        int slot = 1 + random.nextInt(4);
        byte[] invalid = Texts.invalidUtf8(random);
        byte[] marked =
                withText(base, MutationKind.INVALID_UTF8, slot, Texts.MARKER).bytes();
        return new Mutant(
                MutationKind.INVALID_UTF8,
                "6s4t " + SLOTS.get(slot) + " not UTF-8 (" + Hex.of(invalid) + ")",
                Texts.replaceMarker(marked, invalid));
    }

    private static Mutant odd(RunStop base, Random random) {
        int slot = 1 + random.nextInt(4);
        String value = slot == 2
                ? OddValues.uuid(base.jobId(), random)
                : slot == 4 ? OddValues.uuid(base.commandId(), random) : Texts.odd(random);
        return withText(base, MutationKind.ODD_STRING, slot, value);
    }

    private static Mutant extremeTime(RunStop base, long nowMs, Random random) {
        long[] times = {
            0, 1, nowMs - 60_000, MS_2262, MS_2262 + 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 86_400_000L * 365 * 3000
        };
        long time = times[random.nextInt(times.length)];
        byte[] bytes = FlatTable.root(base.toBytes()).orElseThrow().withScalar(0, time, 8);
        return new Mutant(MutationKind.EXTREME_TIME, "6s4t stop_time " + Long.toUnsignedString(time) + " ms", bytes);
    }

    private static Mutant withText(RunStop base, MutationKind kind, int slot, String value) {
        RunStop changed =
                switch (slot) {
                    case 1 -> base.withRunName(value);
                    case 2 -> new RunStop(base.stopTime(), base.runName(), value, base.serviceId(), base.commandId());
                    case 3 -> base.withServiceId(value);
                    default -> base.withCommandId(value);
                };
        return new Mutant(kind, "6s4t " + SLOTS.get(slot) + " " + StartMutations.describe(value), changed.toBytes());
    }
}
