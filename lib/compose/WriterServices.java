package lib.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer containers of {@code compose/writers.yml}: their image, and the output folder they write to as the
 * user who owns it (so the files are that user's).
 *
 * @param image the writer image
 * @param output the folder mounted as {@code /output}
 */
record WriterServices(String image, Path output) {

    /** The image to use without {@code --writer-image}: {@code WRITER_IMAGE} if set, else the reference writer. */
    static String defaultImage() {
        String fromEnvironment = System.getenv(ComposeFiles.WRITER_IMAGE);
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? ComposeFiles.DEFAULT_WRITER_IMAGE
                : fromEnvironment;
    }

    /** Creates the output folder and returns the variables of {@code compose/writers.yml}. */
    Map<String, String> prepare() {
        Path folder = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            Map<String, String> variables = new HashMap<>();
            variables.put(ComposeFiles.WRITER_IMAGE, image);
            variables.put(ComposeFiles.FW_OUTPUT, folder.toString());
            variables.put(
                    ComposeFiles.FW_UID, Files.getAttribute(folder, "unix:uid").toString());
            variables.put(
                    ComposeFiles.FW_GID, Files.getAttribute(folder, "unix:gid").toString());
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the writers' output folder " + folder, e);
        }
    }
}
