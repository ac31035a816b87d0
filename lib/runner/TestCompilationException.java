package lib.runner;

/** Sources under {@code tests/} or {@code selftests/} did not compile; the message carries the compiler's errors. */
public final class TestCompilationException extends RuntimeException {
    public TestCompilationException(String message) {
        super(message);
    }
}
