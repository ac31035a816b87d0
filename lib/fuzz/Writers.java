package lib.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import lib.containers.WriterContainers;
import lib.kafka.Kafka;
import lib.modes.WriterMode;
import lib.writers.StartingWriter;
import lib.writers.WriterCommandLine;
import lib.writers.WriterProcesses;
import lib.writers.WriterSetup;

/**
 * The writers under test, started through the runner's {@link WriterMode} (reference writer, local build or image),
 * and started again after one of them died or hung. Writer {@code i} runs as service {@code filewriter_i}, so the
 * service id in its messages tells which one answered.
 */
final class Writers implements AutoCloseable {
    private static final int LOG_LINES = 12;

    private final WriterMode mode;
    private final Kafka kafka;
    private final WriterSetup setup;
    private final Consumer<String> say;
    private AutoCloseable running;

    Writers(WriterMode mode, Kafka kafka, WriterSetup setup, Consumer<String> say) {
        this.mode = mode;
        this.kafka = kafka;
        this.setup = setup;
        this.say = say;
    }

    void start() {
        running = mode.start(kafka, setup, say);
    }

    /** Stops every writer (SIGTERM, then SIGKILL) and starts them anew. */
    void restart(String why) {
        say.accept("writers: restarting (" + why + ")");
        stop();
        start();
    }

    int count() {
        return setup.count();
    }

    /** The writers' processes or containers; empty for a mode that hands out neither. */
    List<StartingWriter> list() {
        if (running instanceof WriterProcesses processes) {
            return List.copyOf(processes.writers());
        }
        if (running instanceof WriterContainers containers) {
            return List.copyOf(containers.containers());
        }
        return List.of();
    }

    /** The first writer that is not alive, with how it ended and its last log lines. */
    Optional<String> firstDead() {
        for (StartingWriter writer : list()) {
            if (!writer.isAlive()) {
                return Optional.of(
                        writer.exitDescription() + "; its last log lines:\n" + writer.lastLogLines(LOG_LINES));
            }
        }
        return Optional.empty();
    }

    /** The writer (1..N) whose service id this is, or 0 if none of them. */
    int indexOf(String serviceId) {
        for (int index = 1; index <= setup.count(); index++) {
            String name = WriterCommandLine.serviceName(index);
            if (serviceId.equals(name) || serviceId.startsWith(name + "-")) {
                return index;
            }
        }
        return 0;
    }

    String describe(int index) {
        return list().stream()
                .filter(writer -> writer.serviceName().equals(WriterCommandLine.serviceName(index)))
                .findFirst()
                .map(Object::toString)
                .orElse("writer " + index);
    }

    private void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                say.accept("writers: stopping them failed: " + e.getMessage());
            }
            running = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
