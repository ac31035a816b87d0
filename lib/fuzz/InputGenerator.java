package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.JsonData;
import lib.wire.LogData;
import lib.wire.Message;
import lib.wire.Profile;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.SpectraDetectorMapping;
import lib.wire.Status;
import lib.wire.Value;

/**
 * Makes the fuzz inputs of each topic from valid messages, with one {@link Random} seeded once: the same seed, profile
 * and sequence of calls give the same inputs, byte for byte, for the same job contexts and times. Each call picks
 * a mix: a few valid messages, structure-aware mutations, byte-level mutations, messages of another type, and
 * (pool and command topics) duplicated and reordered commands.
 */
public final class InputGenerator {
    private static final Duration STOP_TIME_AHEAD = Duration.ofDays(1);

    private final Random random;
    private final FuzzTopics topics;
    private final DataStructure structure;
    private final String broker;
    private final StartMutations starts;
    private final SlotCycle cycle = new SlotCycle();
    private int number;

    /**
     * @param absentModules modules the writers lack (the data job's structure leaves them out)
     * @param broker        the broker a 2022 run start names
     */
    public InputGenerator(long seed, Profile profile, FuzzTopics topics, Set<String> absentModules, String broker) {
        this.random = new Random(seed);
        this.topics = topics;
        this.structure = DataStructure.of(profile, absentModules, topics.data());
        this.broker = broker;
        this.starts = new StartMutations(topics.status());
    }

    /** The structure data jobs start with. */
    public String dataStructure() {
        return structure.json();
    }

    /** The next input for the job pool, made at {@code nowMs}. */
    public FuzzInput pool(long nowMs) {
        RunStart base = baseStart(nowMs);
        int pick = random.nextInt(100);
        if (pick < 4) {
            return input(FuzzTopic.POOL, MutationKind.VALID, "a valid pl72", null, pool(base.toBytes()));
        }
        if (pick < 48) {
            return mutant(FuzzTopic.POOL, starts.next(base, random), null, Destination.POOL);
        }
        if (pick < 90) {
            return mutant(FuzzTopic.POOL, ByteMutations.any(base.toBytes(), "pl72", random), null, Destination.POOL);
        }
        if (pick < 95) {
            Message foreign = foreign(base.jobId(), nowMs);
            return input(
                    FuzzTopic.POOL,
                    MutationKind.FOREIGN_MESSAGE,
                    "a valid " + foreign.identifier() + " on the pool",
                    null,
                    pool(foreign.toBytes()));
        }
        if (pick < 98) {
            byte[] bytes = base.toBytes();
            return input(
                    FuzzTopic.POOL,
                    MutationKind.DUPLICATE,
                    "the same pl72 twice",
                    null,
                    List.of(send(Destination.POOL, bytes), send(Destination.POOL, bytes)));
        }
        RunStart open =
                base.toBuilder().stop(null).controlTopic(topics.reorder()).build();
        RunStop stop = RunStop.now(base.jobId()).withCommandId(uuid().toString());
        return input(
                FuzzTopic.POOL,
                MutationKind.REORDER,
                "a stop-now on the control topic, then its job's pl72 (no stop time)",
                null,
                List.of(send(Destination.REORDER, stop.toBytes()), send(Destination.POOL, open.toBytes())));
    }

    /** The next input for the control topic of {@code job}, made at {@code nowMs}. */
    public FuzzInput command(JobContext job, long nowMs) {
        RunStop base = new RunStop(
                Instant.ofEpochMilli(nowMs).plus(STOP_TIME_AHEAD),
                "fuzz",
                job.jobId(),
                job.serviceId(),
                uuid().toString());
        int pick = random.nextInt(100);
        if (pick < 5) {
            return input(
                    FuzzTopic.COMMAND,
                    MutationKind.VALID,
                    "a valid 6s4t setting a stop time a day ahead",
                    job,
                    commands(base.toBytes()));
        }
        if (pick < 55) {
            return mutant(FuzzTopic.COMMAND, StopMutations.next(base, nowMs, cycle, random), job, Destination.COMMANDS);
        }
        if (pick < 90) {
            return mutant(
                    FuzzTopic.COMMAND, ByteMutations.any(base.toBytes(), "6s4t", random), job, Destination.COMMANDS);
        }
        if (pick < 95) {
            Message foreign = random.nextBoolean() ? baseStart(nowMs) : foreign(job.jobId(), nowMs);
            return input(
                    FuzzTopic.COMMAND,
                    MutationKind.FOREIGN_MESSAGE,
                    "a valid " + foreign.identifier() + " on the control topic",
                    job,
                    commands(foreign.toBytes()));
        }
        if (pick < 98) {
            byte[] bytes = base.toBytes();
            return input(
                    FuzzTopic.COMMAND,
                    MutationKind.DUPLICATE,
                    "the same 6s4t (stop time a day ahead) twice",
                    job,
                    List.of(send(Destination.COMMANDS, bytes), send(Destination.COMMANDS, bytes)));
        }
        RunStop now = new RunStop(null, "fuzz", job.jobId(), job.serviceId(), uuid().toString());
        return input(
                FuzzTopic.COMMAND,
                MutationKind.REORDER,
                "a stop-now, then a 6s4t setting a stop time",
                job,
                List.of(send(Destination.COMMANDS, now.toBytes()), send(Destination.COMMANDS, base.toBytes())));
    }

    /** The next input for the data topic of {@code job}, whose message times lie in its first minute. */
    public FuzzInput data(JobContext job, long nowMs) {
        DataSchema schema =
                structure.schemas().get(random.nextInt(structure.schemas().size()));
        long timeNs = (job.startMs() + random.nextInt(60_000)) * 1_000_000L + random.nextInt(1_000_000);
        int pick = random.nextInt(100);
        if (pick < 10) {
            return input(
                    FuzzTopic.DATA,
                    MutationKind.VALID,
                    "a valid " + schema.module(),
                    job,
                    data(schema.valid(timeNs, random).toBytes()));
        }
        if (pick < 60) {
            return mutant(FuzzTopic.DATA, DataMutations.next(schema, timeNs, cycle, random), job, Destination.DATA);
        }
        if (pick < 95) {
            byte[] valid = schema.valid(timeNs, random).toBytes();
            return mutant(FuzzTopic.DATA, ByteMutations.any(valid, schema.module(), random), job, Destination.DATA);
        }
        Message foreign = random.nextBoolean() ? baseStart(nowMs) : foreign(job.jobId(), nowMs);
        return input(
                FuzzTopic.DATA,
                MutationKind.FOREIGN_MESSAGE,
                "a valid " + foreign.identifier() + " on the data topic",
                job,
                data(foreign.toBytes()));
    }

    /** A valid start that ends at once: static structure, stop time 1 ms after its start. */
    private RunStart baseStart(long nowMs) {
        String jobId = uuid().toString();
        return RunStart.builder()
                .start(Instant.ofEpochMilli(nowMs))
                .stop(Instant.ofEpochMilli(nowMs + 1))
                .runName("fuzz")
                .structure(JsonTexts.BASE)
                .jobId(jobId)
                .broker(broker)
                .filename("fuzz-" + jobId + ".nxs")
                .controlTopic(topics.poolControl())
                .metadata("{\"fuzz\":true}")
                .detectorSpectrumMap(new SpectraDetectorMapping(new int[] {1, 2, 3}, new int[] {1, 2, 3}, 3))
                .build();
    }

    /** A valid message of a type the topic does not carry (a writer's own replies, status, data). */
    private Message foreign(String jobId, long nowMs) {
        return switch (random.nextInt(5)) {
            case 0 -> RunStop.now(jobId).withCommandId(uuid().toString());
            case 1 -> new Status(
                    "kafka-to-nexus",
                    "fuzz",
                    "fuzz-service",
                    "fuzz-host",
                    1,
                    Duration.ofSeconds(2),
                    "{\"state\":\"idle\"}");
            case 2 -> new ActionResponse(
                    "fuzz-service",
                    uuid().toString(),
                    ActionType.START_JOB,
                    ActionOutcome.SUCCESS,
                    201,
                    null,
                    "fuzz",
                    uuid().toString());
            case 3 -> new FinishedWriting("fuzz-service", jobId, false, "fuzz.nxs", "", "");
            default -> random.nextBoolean()
                    ? new JsonData("{\"fuzz\":1}")
                    : LogData.f144("fuzz_f144", nowMs * 1_000_000L, Value.ofDouble(1));
        };
    }

    /** A random version-4 UUID drawn from the seeded generator. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xf000L) | 0x4000L;
        long low = (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private FuzzInput mutant(FuzzTopic topic, Mutant mutant, JobContext job, Destination destination) {
        return input(topic, mutant.kind(), mutant.description(), job, List.of(send(destination, mutant.bytes())));
    }

    private FuzzInput input(FuzzTopic topic, MutationKind kind, String description, JobContext job, List<Send> sends) {
        return new FuzzInput(++number, topic, kind, description, sends, job);
    }

    private static List<Send> pool(byte[] bytes) {
        return List.of(send(Destination.POOL, bytes));
    }

    private static List<Send> commands(byte[] bytes) {
        return List.of(send(Destination.COMMANDS, bytes));
    }

    private static List<Send> data(byte[] bytes) {
        return List.of(send(Destination.DATA, bytes));
    }

    private static Send send(Destination destination, byte[] bytes) {
        return new Send(destination, bytes, 0);
    }
}
