package lib.writers;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** POSIX signals Java's process API does not send: stop and continue, for attaching a debugger. */
public final class Signals {
    private Signals() {}

    public static void stop(long pid) {
        send("STOP", pid);
    }

    public static void resume(long pid) {
        send("CONT", pid);
    }

    /** Resumes a process that may be stopped; a process that is gone is fine. */
    public static void resumeQuietly(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                resume(pid);
            } catch (IllegalStateException e) {
                // It ended between the check and the signal.
            }
        }
    }

    private static void send(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SIG" + signal + " to " + pid, e);
        }
    }
}
