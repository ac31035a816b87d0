package lib.runner;

/** A malformed {@code -k} expression; the message names the offending token and its index. */
public final class KeywordExpressionException extends IllegalArgumentException {
    public KeywordExpressionException(String message) {
        super(message);
    }
}
