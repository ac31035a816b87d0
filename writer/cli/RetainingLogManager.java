package writer.cli;

import java.util.logging.LogManager;

/**
 * Keeps the log handlers once configured. The default LogManager resets (closes) every handler from a shutdown hook,
 * so what the writer logs while it shuts down after SIGTERM would be lost. file_writer.java selects this class with
 * -Djava.util.logging.manager, because the JVM reads that property once, before the writer's own code runs.
 */
public final class RetainingLogManager extends LogManager {
    private static volatile boolean configured;

    static void markConfigured() {
        configured = true;
    }

    @Override
    public void reset() {
        if (!configured) {
            super.reset();
        }
    }
}
