package lib.soak;

/** One test in one run, as its JUnit XML report has it: its name, how it ended and how long it took. */
public record TestOutcome(String name, Status status, double seconds) {
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED
    }
}
