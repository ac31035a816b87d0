package lib.waits;

/**
 * Checks that end waits early. A thread's check is installed by an extension around a test's code, so that a test
 * waiting for two idle writers fails at once when one of them dies instead of at its deadline; it is kept per thread
 * because a test's waits run in its own thread deep inside lib/control and lib/nexus, which have no handle on the
 * test, and the extension removes it when the test's code ends, so teardown waits (STOP_ALL) are never cut short.
 * The run's check holds for every thread: once the run is stopping (interrupted, its broker gone) no wait anywhere,
 * fixtures' teardown waits included, has anything left to wait for. Each throws to end the wait (as a condition may)
 * and returns otherwise.
 */
public final class WaitGuard {
    private static final Runnable NONE = () -> {};
    private static final ThreadLocal<Runnable> CURRENT = new ThreadLocal<>();
    private static volatile Runnable runWide = NONE;

    private WaitGuard() {}

    /** Every wait of this thread runs {@code check} before each look at its condition, until {@link #remove()}. */
    public static void install(Runnable check) {
        CURRENT.set(check);
    }

    public static void remove() {
        CURRENT.remove();
    }

    /** Every wait of every thread runs {@code check} too, until {@link #removeRunWide()}. */
    public static void installRunWide(Runnable check) {
        runWide = check;
    }

    public static void removeRunWide() {
        runWide = NONE;
    }

    /** The run's check, then this thread's. */
    static Runnable current() {
        Runnable thread = CURRENT.get();
        Runnable run = runWide;
        if (thread == null) {
            return run;
        }
        return () -> {
            run.run();
            thread.run();
        };
    }
}
