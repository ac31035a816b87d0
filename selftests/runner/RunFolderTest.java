package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lib.runner.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @Test
    void aRunFolderIsNamedByTimeAndLatestPointsAtIt(@TempDir Path logs) throws IOException {
        Path first = RunFolder.create(logs);
        Path second = RunFolder.create(logs);
        assertThat(first.getFileName().toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d(-\\d+)?");
        assertThat(second).isNotEqualTo(first).isDirectory();
        assertThat(logs.resolve("latest").toRealPath()).isEqualTo(second.toRealPath());
    }

    @Test
    void onlyTheNewestTwentyRunsAreKept(@TempDir Path logs) throws IOException {
        Files.createDirectory(logs.resolve("2001-01-01T00-00-00"));
        Files.writeString(logs.resolve(".gitkeep"), "");
        Files.createDirectory(logs.resolve("my-notes"));
        for (int i = 0; i < 21; i++) {
            RunFolder.create(logs);
        }
        try (Stream<Path> entries = Files.list(logs)) {
            assertThat(entries.filter(path -> path.getFileName().toString().matches("\\d{4}-.*")))
                    .hasSize(20)
                    .noneMatch(path -> path.getFileName().toString().startsWith("2001"));
        }
        assertThat(logs.resolve(".gitkeep")).exists();
        assertThat(logs.resolve("my-notes")).isDirectory();
    }
}
