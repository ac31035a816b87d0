package selftests.writer.output;

import static org.assertj.core.api.Assertions.fail;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a NeXus file the way upstream's domain tests did, without Kafka: writes the structure and a
 * recording of messages, then runs the reference writer's replay entry (writer.output.ReplayMain) as a child
 * process. The harness never imports the writer, so neither do these tests.
 */
final class Replay {
    private static final long TIMEOUT_SECONDS = 300; // the first run compiles the writer

    private final Path folder;
    private final String profile;
    private String structure = "{\"children\":[]}";
    private final List<Recorded> records = new ArrayList<>();
    private long startMs;
    private Long stopMs;

    private Replay(Path folder, String profile) {
        this.folder = folder;
        this.profile = profile;
    }

    static Replay current(Path folder) {
        return new Replay(folder, "current");
    }

    static Replay profile2022(Path folder) {
        return new Replay(folder, "2022");
    }

    static Replay withProfile(Path folder, String profile) {
        return new Replay(folder, profile);
    }

    Replay structure(String json) {
        structure = json;
        return this;
    }

    Replay window(long startMs, Long stopMs) {
        this.startMs = startMs;
        this.stopMs = stopMs;
        return this;
    }

    Replay add(Recorded record) {
        records.add(record);
        return this;
    }

    Replay addAll(List<Recorded> more) {
        records.addAll(more);
        return this;
    }

    /** Writes `name` in the folder; fails the test with the writer's output when the replay fails. */
    Path writeFile(String name) {
        return write(name).file();
    }

    /** As {@link #writeFile}, keeping the replay's output (it ends with the 2022 status "extra" values). */
    Result write(String name) {
        Result result = run(name);
        if (result.exitCode() != 0) {
            fail("replay of " + name + " exited with " + result.exitCode() + ":\n" + result.output());
        }
        H5dump.assertReadable(result.file());
        return result;
    }

    /** Runs the replay and returns what happened, for tests of failures. */
    Result run(String name) {
        try {
            Path structureFile = folder.resolve(name + ".json");
            Path messageFile = folder.resolve(name + ".krm");
            Path output = folder.resolve(name);
            Files.writeString(structureFile, structure);
            writeRecording(messageFile);
            List<String> command = new ArrayList<>(List.of(
                    RepoRoot.path().resolve("jbang").toString(),
                    "--quiet",
                    "--main",
                    "writer.output.ReplayMain",
                    RepoRoot.path().resolve("file_writer.java").toString(),
                    "--structure",
                    structureFile.toString(),
                    "--messages",
                    messageFile.toString(),
                    "--output",
                    output.toString(),
                    "--start",
                    Long.toString(startMs),
                    "--profile",
                    profile));
            if (stopMs != null) {
                command.add("--stop");
                command.add(Long.toString(stopMs));
            }
            Path log = folder.resolve(name + ".log");
            Process process = new ProcessBuilder(command)
                    .directory(RepoRoot.path().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail("replay of " + name + " did not end within " + TIMEOUT_SECONDS + " s:\n"
                            + Files.readString(log));
                }
            } finally {
                process.destroyForcibly();
            }
            return new Result(process.exitValue(), Files.readString(log), output);
        } catch (IOException e) {
            throw new IllegalStateException("could not run the replay of " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + name, e);
        }
    }

    /** The recording format ReplayMain reads: "KRM1", then per record topic, Kafka time, value. */
    private void writeRecording(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream))) {
            out.write("KRM1".getBytes(StandardCharsets.US_ASCII));
            for (Recorded record : records) {
                byte[] topic = record.topic().getBytes(StandardCharsets.UTF_8);
                out.writeInt(topic.length);
                out.write(topic);
                out.writeLong(record.kafkaTimestampMs());
                out.writeInt(record.value().length);
                out.write(record.value());
            }
        }
    }

    record Result(int exitCode, String output, Path file) {}
}
