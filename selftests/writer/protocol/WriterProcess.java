package selftests.writer.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.cli.RepoRoot;

/**
 * A reference writer started as a process ({@code ./jbang file_writer.java ...}), as the harness starts any writer.
 * Its output goes to a log file; close() terminates it (SIGTERM, then SIGKILL after a grace period).
 */
final class WriterProcess implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static boolean built;

    private final Process process;
    private final Path log;

    private WriterProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Path repoRoot() {
        return RepoRoot.of("file_writer.java");
    }

    /** Compiles the writer once per test JVM, so a start measures the writer, not the compiler. */
    static synchronized void buildOnce() {
        if (built) {
            return;
        }
        try {
            Path log = Files.createTempFile("file-writer-build", ".log");
            ProcessBuilder builder = new ProcessBuilder(jbang(), "build", "file_writer.java")
                    .directory(repoRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process build = ownBuildCache(builder).start();
            if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException("building file_writer.java failed:\n" + Files.readString(log));
            }
            built = true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./jbang build file_writer.java", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the writer", e);
        }
    }

    static WriterProcess start(Path workDir, Path log, List<String> arguments) {
        buildOnce();
        List<String> command = new ArrayList<>(
                List.of(jbang(), repoRoot().resolve("file_writer.java").toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process process = ownBuildCache(builder).start();
            return new WriterProcess(process, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
    }

    /**
     * JBang keys its build cache by the script's text, so checkouts with the same file_writer.java (worktrees, or
     * a build with another --main) would share and overwrite one jar; this checkout gets a cache of its own.
     */
    private static ProcessBuilder ownBuildCache(ProcessBuilder builder) {
        builder.environment()
                .put("JBANG_CACHE_DIR", repoRoot().resolve("target/jbang-cache").toString());
        return builder;
    }

    private static String jbang() {
        return repoRoot().resolve("jbang").toString();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the process to end on its own; returns its exit status. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("writer " + pid() + " still runs after " + timeout.toSeconds()
                        + " s; its log ends with:\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for writer " + pid(), e);
        }
    }

    /** Sends SIGTERM and waits for the writer to end. */
    int terminate() {
        process.destroy();
        return awaitExit(GRACE);
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    String logTail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
