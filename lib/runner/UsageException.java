package lib.runner;

/** The user's input cannot work; the message is one line naming the fix. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
