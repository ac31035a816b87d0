
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a run_tests.java run prints about itself: how long the broker and the writers took to be ready, each
 * test's duration, the time spent running tests and how much of it the tests' inherent waits were, and the counts.
 */
record RunFigures(
        double wallSeconds,
        OptionalDouble brokerReadySeconds,
        OptionalDouble writersReadySeconds,
        double testMillis,
        OptionalDouble testsSeconds,
        OptionalDouble inherentSeconds,
        String counts) {
    // "kafka: embedded broker at 127.0.0.1:42335, ready in 3.2 s"
    private static final Pattern BROKER = Pattern.compile("^kafka: .*ready in ([0-9.]+) s");
    // "writers: 2 ready in 6.0 s (writer 1 (PID 18643), ...)"
    private static final Pattern WRITERS = Pattern.compile("^writers: \\d+ ready in ([0-9.]+) s");
    // "  ok   test_links (902 ms)"
    private static final Pattern TEST = Pattern.compile("^\\s+(ok|FAIL\\w*|skip\\w*)\\s+\\S+ \\((\\d+) ms\\)");
    // "time: 150 s running tests, of which 98 s inherent waits (...)"
    private static final Pattern TIME = Pattern.compile("^time: (\\d+) s running tests, of which (\\d+) s inherent");
    private static final Pattern COUNTS = Pattern.compile("^\\d+ passed, \\d+ failed, \\d+ skipped");

    /** The wall time not spent getting the broker and writers ready or in the tests. */
    double restSeconds() {
        return wallSeconds - brokerReadySeconds.orElse(0) - writersReadySeconds.orElse(0) - testMillis / 1000;
    }

    static RunFigures of(CommandRun run) {
        OptionalDouble broker = OptionalDouble.empty();
        OptionalDouble writers = OptionalDouble.empty();
        OptionalDouble tests = OptionalDouble.empty();
        OptionalDouble inherent = OptionalDouble.empty();
        double testMillis = 0;
        String counts = "no counts printed";
        for (String line : run.lines()) {
            Matcher matcher;
            if ((matcher = BROKER.matcher(line)).find()) {
                broker = OptionalDouble.of(Double.parseDouble(matcher.group(1)));
            } else if ((matcher = WRITERS.matcher(line)).find()) {
                writers = OptionalDouble.of(Double.parseDouble(matcher.group(1)));
            } else if ((matcher = TEST.matcher(line)).find()) {
                testMillis += Double.parseDouble(matcher.group(2));
            } else if ((matcher = TIME.matcher(line)).find()) {
                tests = OptionalDouble.of(Double.parseDouble(matcher.group(1)));
                inherent = OptionalDouble.of(Double.parseDouble(matcher.group(2)));
            } else if (COUNTS.matcher(line).find()) {
                counts = line.trim();
            }
        }
        return new RunFigures(run.wallSeconds(), broker, writers, testMillis, tests, inherent, counts);
    }
}
