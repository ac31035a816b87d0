package lib.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lib.cache.ClassArchive;
import lib.logs.LogTail;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) in a child JVM on free loopback ports.
 * Its storage lives in a temporary folder; broker, child and folder are gone after {@link #close()}, after
 * Ctrl-C (shutdown hook) and, because the child stops when its stdin closes, after the parent dies.
 */
public final class EmbeddedKafka implements Kafka {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private volatile Process child;
    private volatile Path home;
    private final Path brokerLog;
    private final ClassArchive classArchive;
    private final CompletableFuture<String> bootstrapLine = new CompletableFuture<>();
    private final Thread shutdownHook;
    private final BrokerClients clients = new BrokerClients();
    private volatile String bootstrapServers;
    /** Set before the child is told to stop, so that its end is not taken for a death. */
    private volatile boolean closed;

    private EmbeddedKafka(Path brokerLog, ClassArchive classArchive) {
        this.classArchive = classArchive;
        this.brokerLog = brokerLog;
        this.shutdownHook = new Thread(this::closeAfterClients, "embedded-kafka-stop");
    }

    /**
     * Starts a broker and returns once a probe record went through it.
     *
     * @param brokerLog file that receives the broker's log (created or appended to)
     */
    public static EmbeddedKafka start(Path brokerLog) {
        EmbeddedKafka kafka = new EmbeddedKafka(
                brokerLog, ClassArchive.forClasspath("kafka-broker-cds", System.getProperty("java.class.path")));
        // Before anything exists: a Ctrl-C from here on finds all of it (the JVM refuses the hook once exiting).
        Runtime.getRuntime().addShutdownHook(kafka.shutdownHook);
        try {
            kafka.launch();
            kafka.bootstrapServers = kafka.awaitBootstrapLine();
            ReadinessProbe.roundTrip(kafka.bootstrapServers, START_TIMEOUT);
            return kafka;
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** Makes the storage folder and starts the child, unless closed meanwhile (the hook ran). */
    private synchronized void launch() {
        if (closed) {
            throw new IllegalStateException("embedded Kafka: not started, the run is ending");
        }
        try {
            Files.createDirectories(logFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Kafka: could not create " + logFolder(), e);
        }
        home = TempFolders.create("kafka");
        String classpath = System.getProperty("java.class.path");
        ProcessBuilder builder = new ProcessBuilder(childCommand(home, classpath, classArchive))
                .redirectError(ProcessBuilder.Redirect.appendTo(brokerLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Kafka: could not start its JVM", e);
        }
        PidFiles.record(logFolder(), "broker", child);
    }

    private static List<String> childCommand(Path home, String classpath, ClassArchive classArchive) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx2g");
        command.addAll(classArchive.jvmOptions());
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
        command.add("-cp");
        command.add(classpath);
        command.add(EmbeddedBrokerMain.class.getName());
        command.add(home.toString());
        return command;
    }

    private String awaitBootstrapLine() {
        Thread reader = new Thread(this::readOutput, "embedded-kafka-output");
        reader.setDaemon(true);
        reader.start();
        CompletableFuture<Object> firstEvent = CompletableFuture.anyOf(bootstrapLine, child.onExit());
        try {
            firstEvent.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure("did not start within " + START_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while starting");
        } catch (ExecutionException e) {
            throw failure("could not read its output: " + e.getCause());
        }
        String line = bootstrapLine.getNow(null);
        if (line == null) {
            throw failure(
                    child.isAlive()
                            ? "closed its output before it was ready"
                            : "exited with status " + child.exitValue() + " before it was ready");
        }
        return line;
    }

    /** Completes {@link #bootstrapLine} and keeps draining the child's stdout so it can never block on it. */
    private void readOutput() {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!bootstrapLine.isDone() && line.startsWith(EmbeddedBrokerMain.BOOTSTRAP_PREFIX)) {
                    bootstrapLine.complete(line.substring(EmbeddedBrokerMain.BOOTSTRAP_PREFIX.length())
                            .trim());
                }
            }
        } catch (IOException e) {
            // The child is gone; its exit is noticed elsewhere.
        } finally {
            bootstrapLine.complete(null);
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(
                "embedded Kafka " + what + "; last lines of " + brokerLog + ":\n" + LogTail.lastLines(brokerLog, 20));
    }

    private Path logFolder() {
        return brokerLog.toAbsolutePath().getParent();
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String description() {
        return "embedded";
    }

    @Override
    public Optional<CompletableFuture<Void>> endedUnasked() {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        child.onExit().thenRun(() -> {
            if (!closed) {
                ended.complete(null);
            }
        });
        return Optional.of(ended);
    }

    /** Process id of the broker's JVM, so callers can check that it is gone after {@link #close()}. */
    public long pid() {
        return child.pid();
    }

    /** Temporary folder holding the broker's storage; deleted by {@link #close()}. */
    public Path storageFolder() {
        return home;
    }

    @Override
    public void stopsAfter(CompletableFuture<?> clientEnded) {
        clients.add(clientEnded);
    }

    private void closeAfterClients() {
        clients.awaitEnds();
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (child != null) {
                stopChild();
            }
        } finally {
            if (home != null) {
                FileTrees.deleteQuietly(home);
            }
            ShutdownHooks.remove(shutdownHook);
        }
    }

    private void stopChild() {
        try {
            if (classArchive.inUse()) {
                // Its data is thrown away and no class archive is to be written: no need for an orderly stop.
                child.destroyForcibly();
            }
            child.getOutputStream().close();
            if (bootstrapServers == null) {
                // Still starting, it reads no input yet: SIGTERM, on which its hook stops it and deletes its folder.
                child.destroy();
            }
            if (!child.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
                child.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            classArchive.afterExit(!child.isAlive() && child.exitValue() == 0);
            if (!child.isAlive()) {
                PidFiles.remove(logFolder(), "broker");
            }
        }
    }

    @Override
    public String toString() {
        return "embedded Kafka at " + bootstrapServers;
    }
}
