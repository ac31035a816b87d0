package lib.kafka;

/** Shutdown hooks of brokers the harness starts: removed on an orderly close, left alone once the JVM is exiting. */
public final class ShutdownHooks {
    private ShutdownHooks() {}

    /** Removes {@code hook}; nothing when called from the hook itself or when the JVM is already shutting down. */
    public static void remove(Thread hook) {
        if (Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook will find its broker closed.
        }
    }
}
