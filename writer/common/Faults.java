package writer.common;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fault switch (self-tests only): {@code FILE_WRITER_FAULTS=name[,name...]} makes the writer break one rule per
 * name, so a self-test can show that the catalogue test guarding that rule fails. Read once at start-up; with the
 * variable unset (always, outside those self-tests) every rule holds.
 */
public final class Faults {
    public static final String VARIABLE = "FILE_WRITER_FAULTS";

    /** The help footer's line (a constant, so picocli's annotation can use it). */
    public static final String HELP = "Fault switch (self-tests only): " + VARIABLE + "=drop-last-before-start,"
            + "write-repeated-values,skip-alarms,wrong-status-code,crash-after-writing-done,slow-stop (any of them)"
            + " breaks those rules on purpose; see writer/README.md.";

    /** How long a writer with {@code slow-stop} lingers after a shutdown request. */
    public static final Duration SLOW_STOP = Duration.ofSeconds(3);

    /** What a process killed by SIGABRT reports (128 + 6): glibc aborts so on a corrupted heap. */
    static final int CRASH_STATUS = 134;

    private static final Logger LOG = System.getLogger(Faults.class.getName());

    /** One broken rule each; the name is the variable's spelling. */
    public enum Fault {
        /** The data-window filter forgets the buffered last message before the start (protocol.md §6.2). */
        DROP_LAST_BEFORE_START,
        /** The filter keeps messages whose time repeats the previous one's (§6.2). */
        WRITE_REPEATED_VALUES,
        /** f142 alarm rows and al00 rows are not written (§5.6). */
        SKIP_ALARMS,
        /** A rejected start is answered with outcome Success and status 201 instead of Failure and 400 (§4.2). */
        WRONG_STATUS_CODE,
        /** Right after publishing a job's wrdn the writer ends at once, with SIGABRT's status, its file left open. */
        CRASH_AFTER_WRITING_DONE,
        /** Asked to shut down (SIGTERM), the writer lingers {@link #SLOW_STOP} first: a run's teardown takes that long. */
        SLOW_STOP;

        String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    // Written once by the writer's start-up, before any job exists; read by the rule sites.
    private static volatile Set<Fault> active = EnumSet.noneOf(Fault.class);

    private Faults() {}

    public static boolean isOn(Fault fault) {
        return active.contains(fault);
    }

    /**
     * Turns on the faults the environment names.
     *
     * @throws IllegalArgumentException with one line naming the unknown fault and the known ones
     */
    public static void enableFromEnvironment() {
        active = parse(System.getenv(VARIABLE));
    }

    /**
     * Ends the writer at once, as a crash would: no shutdown hook, no file closed, no group left; exit status
     * {@value #CRASH_STATUS}, which the harness reads as death by SIGABRT. Says so first, straight to stderr.
     */
    public static void crash(Fault fault, String where) {
        System.err.println("!!! FAULT " + fault.spelling() + ": " + where + ", halting with exit status " + CRASH_STATUS
                + " (SIGABRT's) !!!");
        System.err.flush();
        Runtime.getRuntime().halt(CRASH_STATUS);
    }

    /** With {@code slow-stop} on, says so and lingers before a shutdown goes on; nothing otherwise. */
    public static void lingerIfSlowStop() {
        if (!isOn(Fault.SLOW_STOP)) {
            return;
        }
        System.err.println("!!! FAULT slow-stop: lingering " + SLOW_STOP.toSeconds() + " s before stopping !!!");
        System.err.flush();
        try {
            Thread.sleep(SLOW_STOP.toMillis()); // the fault is the delay itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A loud warning in the writer's log when any fault is on; nothing otherwise. */
    public static void warnIfAnyOn() {
        if (!active.isEmpty()) {
            String names = active.stream().map(Fault::spelling).collect(Collectors.joining(","));
            LOG.log(
                    Level.WARNING,
                    "!!! FAULTS ON (" + VARIABLE + "=" + names + "): this writer breaks those rules "
                            + "on purpose; its files and answers are WRONG. For self-tests only. !!!");
        }
    }

    static Set<Fault> parse(String valueOrNull) {
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        if (valueOrNull == null || valueOrNull.isBlank()) {
            return faults;
        }
        for (String name : valueOrNull.split(",")) {
            faults.add(byName(name.trim()));
        }
        return faults;
    }

    private static Fault byName(String name) {
        return Arrays.stream(Fault.values())
                .filter(fault -> fault.spelling().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(VARIABLE + ": unknown fault '" + name + "'; use "
                        + Arrays.stream(Fault.values()).map(Fault::spelling).collect(Collectors.joining(", "))
                        + " or unset it"));
    }
}
