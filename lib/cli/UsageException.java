package lib.cli;

/** Bad input on the command line or in files it names: the script prints the message alone and exits with 2. */
public final class UsageException extends RuntimeException implements ExitCoded {
    public UsageException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
