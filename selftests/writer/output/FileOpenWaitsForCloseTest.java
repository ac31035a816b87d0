package selftests.writer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lib.nexus.NexusFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness opens a file only once its writer has closed it (protocol.md §4.6): the real writer publishes the
 * wrdn first, and a file still open for SWMR writing reads as empty. A file written by the reference writer
 * (libhdf5, newest format) gets the mark libhdf5 leaves while a writer holds it open for SWMR writing: consistency
 * flags 0x05 in byte 11 of its version 3 superblock.
 */
class FileOpenWaitsForCloseTest {
    private static final int SUPERBLOCK_VERSION = 8;
    private static final int CONSISTENCY_FLAGS = 11;
    private static final byte OPEN_FOR_SWMR_WRITING = 0x05;

    @TempDir
    static Path folder;

    static Path written;

    @BeforeAll
    static void writeFile() {
        written = Replay.profile2022(folder)
                .structure("{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[]}]}")
                .window(1_000_000L, 1_010_000L)
                .writeFile("written.nxs");
    }

    @Test
    void the_writer_uses_a_superblock_that_can_say_open() throws IOException {
        assertThat(readByte(written, SUPERBLOCK_VERSION)).isGreaterThanOrEqualTo((byte) 2);
        assertThat(readByte(written, CONSISTENCY_FLAGS)).isZero();
    }

    @Test
    void a_file_still_open_for_swmr_writing_is_not_opened_and_the_timeout_says_why() throws IOException {
        Path path = copy("open.nxs");
        writeByte(path, CONSISTENCY_FLAGS, OPEN_FOR_SWMR_WRITING);
        assertThatThrownBy(() -> NexusFile.open(path, Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after 0.3 s waiting for NeXus file")
                .hasMessageContaining("open.nxs to be closed by its writer and open read-only")
                .hasMessageContaining("Last seen: open for SWMR writing (superblock consistency flags 0x05)");
    }

    @Test
    void opening_waits_until_the_writer_closes_the_file() throws Exception {
        Path path = copy("closing.nxs");
        writeByte(path, CONSISTENCY_FLAGS, OPEN_FOR_SWMR_WRITING);
        Instant closedAt = Instant.now().plusMillis(400);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(
                () -> writeByte(path, CONSISTENCY_FLAGS, (byte) 0),
                CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS));
        try (NexusFile opened = NexusFile.open(path, Duration.ofSeconds(5))) {
            assertThat(Instant.now()).isAfterOrEqualTo(closedAt);
            assertThat(opened.node("entry")).isPresent();
        } finally {
            closing.get(5, TimeUnit.SECONDS);
        }
    }

    private static Path copy(String name) throws IOException {
        Path copy = Files.copy(written, folder.resolve(name));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        return copy;
    }

    private static byte readByte(Path path, int position) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, position);
            return one.get(0);
        }
    }

    private static void writeByte(Path path, int position, byte value) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {value}), position);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
