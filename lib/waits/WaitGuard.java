package lib.waits;

/**
 * A check that ends every wait of one thread early: installed by an extension around a test's code, so that a test
 * waiting for two idle writers fails at once when one of them dies instead of at its deadline. It throws to end the
 * wait (as a condition may) and returns otherwise. Kept per thread because a test's waits run in its own thread
 * deep inside lib/control and lib/nexus, which have no handle on the test; the extension removes it when the test's
 * code ends, so teardown waits (STOP_ALL) are never cut short.
 */
public final class WaitGuard {
    private static final Runnable NONE = () -> {};
    private static final ThreadLocal<Runnable> CURRENT = new ThreadLocal<>();

    private WaitGuard() {}

    /** Every wait of this thread runs {@code check} before each look at its condition, until {@link #remove()}. */
    public static void install(Runnable check) {
        CURRENT.set(check);
    }

    public static void remove() {
        CURRENT.remove();
    }

    /** The check of this thread, or one that does nothing. */
    static Runnable current() {
        Runnable check = CURRENT.get();
        return check == null ? NONE : check;
    }
}
