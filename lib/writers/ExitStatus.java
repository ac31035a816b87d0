package lib.writers;

import java.util.Optional;

/**
 * How a writer ended, read from its exit status: 128 + N means signal N killed it, as the shell, Java's process API
 * and Docker all report a signal death (134 is SIGABRT, glibc's answer to a corrupted heap; 137 is SIGKILL).
 *
 * @param code the exit status, or {@link #UNKNOWN} when it could not be read (a container that is gone)
 */
public record ExitStatus(long code) {
    public static final long UNKNOWN = -1;

    /** Linux's numbering (x86 and ARM), index = signal number. */
    private static final String[] SIGNALS = {
        null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM",
        "TERM"
    };

    private static final int SIGNAL_BASE = 128;
    private static final int LAST_SIGNAL = 64;

    /** The signal that killed it, as {@code SIGABRT} (or {@code signal 35} for one without a common name). */
    public Optional<String> signal() {
        long number = code - SIGNAL_BASE;
        if (number < 1 || number > LAST_SIGNAL) {
            return Optional.empty();
        }
        return Optional.of(number < SIGNALS.length ? "SIG" + SIGNALS[(int) number] : "signal " + number);
    }

    /** "died of SIGABRT", "exited with status 3", or "ended (exit status unknown)". */
    public String describe() {
        if (code == UNKNOWN) {
            return "ended (exit status unknown)";
        }
        return signal().map(signal -> "died of " + signal).orElse("exited with status " + code);
    }
}
