
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what was started in reverse order, on the normal path and on Ctrl-C (one shutdown hook, so writers stop
 * before the broker and both before the work folder is deleted).
 */
final class Cleanup implements AutoCloseable {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final Thread hook = new Thread(this::closeAll, "benchmark-cleanup");
    private boolean closed;

    Cleanup() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    private synchronized void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                System.err.println("cleanup: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook finds everything closed.
        }
    }
}
