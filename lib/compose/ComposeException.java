package lib.compose;

/**
 * Something the compose tools cannot do, said in one line that names the fix; lines after the first, when there are
 * any, are the last lines of a log that explain it.
 */
public final class ComposeException extends RuntimeException {
    ComposeException(String message) {
        super(message);
    }

    ComposeException(String message, Throwable cause) {
        super(message, cause);
    }
}
