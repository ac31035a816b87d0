package lib.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lib.cli.UsageException;

/**
 * A replayable case: the inputs (bytes in base64, destinations, record timestamps, the job they were aimed at) that
 * made a writer die or hang, or got a wrong answer, with what happened, as JSON. {@code --replay FILE} sends them
 * again exactly.
 *
 * @param profile the profile the writers ran under
 * @param finding what happened, in one line
 * @param writers how the writers were started (reference writer, a build folder, an image)
 */
public record CaseFile(String profile, String finding, String writers, List<FuzzInput> inputs) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CaseFile {
        inputs = List.copyOf(inputs);
    }

    public void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the case " + file + ": " + e.getMessage(), e);
        }
    }

    public static CaseFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--replay " + file + ": no such file");
        }
        try {
            CaseFile loaded = JSON.readValue(file.toFile(), CaseFile.class);
            if (loaded.inputs().isEmpty()) {
                throw new UsageException("--replay " + file + ": the case holds no inputs");
            }
            return loaded;
        } catch (IOException e) {
            throw new UsageException(
                    "--replay " + file + ": not a case file of fuzz_writer.java (" + e.getMessage() + ")");
        }
    }
}
