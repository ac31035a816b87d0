package lib.writers;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the runner's {@link WriterWatch} reaches the tests' extension. The runner runs the tests in its own JVM through
 * JUnit's console launcher, which hands the tests strings only (configuration parameters): so the runner registers
 * its watch here under a key, passes the key as the configuration parameter {@value #PARAMETER}, and removes the
 * watch when the tests have run. The harness's one process-wide registry, on purpose: nothing else carries an object
 * from the runner into JUnit's extension context. It holds one entry per run in progress and nothing else; the
 * extension keeps what it finds in JUnit's root store.
 */
public final class WriterWatches {
    /** Configuration parameter: the key of the run's watch; absent when no runner watches writers (self-tests). */
    public static final String PARAMETER = "fwst.writerWatch";

    private static final Map<String, WriterWatch> REGISTERED = new ConcurrentHashMap<>();

    private WriterWatches() {}

    /** A watch registered under {@link #key()} until closed. */
    public static final class Registration implements AutoCloseable {
        private final String key;

        private Registration(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        @Override
        public void close() {
            REGISTERED.remove(key);
        }
    }

    /** Registers {@code watch} under {@code key} (a run's folder names a run uniquely). */
    public static Registration register(String key, WriterWatch watch) {
        if (REGISTERED.putIfAbsent(key, watch) != null) {
            throw new IllegalStateException("a writer watch is registered under " + key + " already");
        }
        return new Registration(key);
    }

    /** The watch registered under {@code key}, if its run is still in progress. */
    public static Optional<WriterWatch> find(String key) {
        return Optional.ofNullable(REGISTERED.get(key));
    }
}
