package lib.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How the runner's objects for a run (its writer watch, its stop) reach the listener and extensions JUnit creates.
 * The runner runs the tests in its own JVM through JUnit's console launcher, which hands the tests strings only
 * (configuration parameters): so the runner registers the parts here under a key, passes the key as the
 * configuration parameter {@value #PARAMETER}, and removes them when the tests have run. The harness's one
 * process-wide registry, on purpose: nothing else carries an object from the runner into JUnit's extension context.
 * It holds one entry per run in progress and nothing else.
 */
public final class RunParts {
    /** Configuration parameter: the key of the run's parts; absent when no runner registered any. */
    public static final String PARAMETER = "fwst.runParts";

    private static final Map<String, List<Object>> REGISTERED = new ConcurrentHashMap<>();

    private RunParts() {}

    /** Parts registered under {@link #key()} until closed. */
    public static final class Registration implements AutoCloseable {
        private final String key;

        private Registration(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Adds a part made later in the run, such as its writers' watch. */
        public void add(Object part) {
            REGISTERED.get(key).add(part);
        }

        @Override
        public void close() {
            REGISTERED.remove(key);
        }
    }

    /** Registers {@code parts} under {@code key} (a run's folder names a run uniquely). */
    public static Registration register(String key, Object... parts) {
        if (REGISTERED.putIfAbsent(key, new CopyOnWriteArrayList<>(parts)) != null) {
            throw new IllegalStateException("parts of a run are registered under " + key + " already");
        }
        return new Registration(key);
    }

    /** The part of type {@code type} registered under {@code key}, if its run is still in progress. */
    public static <T> Optional<T> find(String key, Class<T> type) {
        return REGISTERED.getOrDefault(key, List.of()).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }
}
