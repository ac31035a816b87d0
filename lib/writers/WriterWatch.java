package lib.writers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Watches a run's writers while its tests run (decisions G4: a writer that dies is a result). Each death is recorded
 * when the writer's exit is known, with where the run was then: in a scope (a test, a class's set-up) or after one
 * (a test's teardown, between tests). The tests' extension asks for the deaths of the scope it ran and has dead
 * writers replaced before the next one; the runner lists every death at the end. Writers that end once the run
 * stops them did not die.
 */
public final class WriterWatch {
    private final RunningWriters writers;
    private final List<WriterDeath> deaths = new ArrayList<>();
    private final Set<StartingWriter> recorded = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Writers whose replacement failed once: not tried again, each test would wait for it in vain. */
    private final Set<Integer> givenUp = new HashSet<>();

    private String scope;
    private int scopeStart;
    private String after = "before the first test";
    private boolean stopped;

    public WriterWatch(RunningWriters writers) {
        this.writers = writers;
        writers.writers().forEach(this::watch);
    }

    private void watch(StartingWriter writer) {
        writer.onExit().whenComplete((ended, error) -> {
            if (error == null) {
                died(writer);
            }
        });
    }

    /** Records {@code writer}'s death unless it is alive, recorded already, or stopped by the run. */
    private void died(StartingWriter writer) {
        // Outside the lock: for a container this waits until Docker has handed over the rest of its output.
        if (writer.isAlive()) {
            return;
        }
        String lastLines = writer.lastLogLines(WriterDeath.LAST_LINES);
        ExitStatus exit = writer.exitStatus();
        synchronized (this) {
            if (stopped || writers.closing() || !recorded.add(writer)) {
                return;
            }
            deaths.add(new WriterDeath(writer, exit, scope != null ? scope : after, lastLines));
        }
    }

    /** A scope begins, e.g. "during test_x": deaths from now on are its own. Ends a scope still running. */
    public synchronized void begin(String scope) {
        this.scope = scope;
        this.scopeStart = deaths.size();
    }

    /** The scope ends; later deaths happen {@code after}, e.g. "after test_x" (in its teardown or between tests). */
    public synchronized void end(String after) {
        this.scope = null;
        this.after = after;
    }

    /** Whether a scope runs (it began and has not ended). */
    public synchronized boolean inScope() {
        return scope != null;
    }

    /** The deaths of the running scope not reported yet; cheap, for waits that poll it. */
    public synchronized List<WriterDeath> deathsInScope() {
        if (scope == null) {
            return List.of();
        }
        return deaths.subList(scopeStart, deaths.size()).stream()
                .filter(death -> !death.reported())
                .toList();
    }

    /**
     * {@link #deathsInScope()}, after asking each writer whether it is alive (the word of an exit may come a moment
     * after it), marked reported: the caller fails the scope with them.
     */
    public List<WriterDeath> takeDeathsInScope() {
        writers.writers().forEach(this::died);
        synchronized (this) {
            List<WriterDeath> found = deathsInScope();
            found.forEach(death -> death.markReported(true));
            return found;
        }
    }

    /**
     * Deaths no scope reported (they happened between scopes, or a scope ended without asking), now reported as
     * notes: no test fails for them.
     */
    public synchronized List<WriterDeath> takeUnreported() {
        List<WriterDeath> found =
                deaths.stream().filter(death -> !death.reported()).toList();
        found.forEach(death -> death.markReported(false));
        return found;
    }

    /** What became of a dead writer: {@code line} says what replaced it, or why nothing could. */
    public record Replacement(String line, boolean failed) {}

    /** Replaces each writer that has ended, once (a failed replacement is not tried again). */
    public List<Replacement> replaceDead() {
        List<Replacement> lines = new ArrayList<>();
        for (StartingWriter writer : List.copyOf(writers.writers())) {
            synchronized (this) {
                if (stopped || writer.isAlive() || givenUp.contains(writer.index())) {
                    continue;
                }
            }
            died(writer);
            lines.add(replace(writer));
        }
        return lines;
    }

    private Replacement replace(StartingWriter dead) {
        long start = System.nanoTime();
        String what;
        boolean failed = false;
        try {
            StartingWriter fresh = writers.replace(dead.index());
            watch(fresh);
            what = String.format(
                    "replaced: %s (%s, ready in %.1f s)",
                    fresh.log().getFileName(), fresh.identity(), (System.nanoTime() - start) / 1e9);
        } catch (WriterStartException e) {
            failed = true;
            what = "could not be replaced: " + e.getMessage();
        }
        synchronized (this) {
            if (failed) {
                givenUp.add(dead.index());
            }
            for (WriterDeath death : deaths) {
                if (death.writer() == dead) {
                    death.replacedBy(what);
                }
            }
        }
        return new Replacement("writer " + dead.index() + " " + what, failed);
    }

    /** Every death so far, in the order they happened. */
    public synchronized List<WriterDeath> deaths() {
        return List.copyOf(deaths);
    }

    /** The run is about to stop its writers: no more deaths are recorded. */
    public synchronized void stop() {
        stopped = true;
    }
}
