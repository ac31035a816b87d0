
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference writer without its launcher: a build folder whose {@code bin/kafka-to-nexus} runs java on the
 * classpath jbang resolved for file_writer.java, with the script's JVM options. Benchmarked as a local build, it
 * shows what the launcher costs at start and that the --local-build mode serves any program.
 */
final class ReferenceOnClasspath {
    private ReferenceOnClasspath() {}

    static Path makeBuildFolder(Path repo, Path folder) {
        JsonNode info = jbangInfo(repo);
        List<String> classpath = new ArrayList<>();
        classpath.add(info.path("applicationJar").asText());
        info.path("resolvedDependencies").forEach(jar -> classpath.add(jar.asText()));
        String java =
                Path.of(info.path("availableJdkPath").asText(), "bin", "java").toString();
        List<String> options = new ArrayList<>();
        info.path("runtimeOptions").forEach(option -> options.add(quoted(option.asText())));
        String script = "#!/bin/sh\n"
                + "# The reference writer on its resolved classpath (made by kafka_write_benchmark); the writer's\n"
                + "# kafka-to-nexus options follow the profile.\n"
                + "exec " + quoted(java) + " " + String.join(" ", options) + " -cp "
                + quoted(String.join(":", classpath)) + " "
                + info.path("mainClass").asText()
                + " --profile current \"$@\"\n";
        try {
            Path bin = Files.createDirectories(
                    folder.resolve("reference-classpath-build").resolve("bin"));
            Path binary = bin.resolve("kafka-to-nexus");
            Files.writeString(binary, script);
            Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
            return bin.getParent();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reference writer's launch script in " + folder, e);
        }
    }

    /** What jbang knows of file_writer.java (building it first if needed): its jar, dependencies, JVM options. */
    private static JsonNode jbangInfo(Path repo) {
        List<String> command = List.of(repo.resolve("jbang").toString(), "info", "tools", "file_writer.java");
        try {
            Process process =
                    new ProcessBuilder(command).directory(repo.toFile()).start();
            String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + errors.lines().collect(Collectors.joining(" | ")));
            }
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
