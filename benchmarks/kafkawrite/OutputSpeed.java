
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Random;

/**
 * The raw write speed of the writers' output folder, the bound of an ev44 job on this machine: as many bytes as the
 * workload's messages, written with a FileChannel in 4 MiB blocks and closed, no fsync (the writer does not sync
 * either), so it is the rate at which the page cache takes new data here.
 */
final class OutputSpeed {
    private static final int BLOCK = 4 * 1024 * 1024;

    private OutputSpeed() {}

    static Rate measure(Path folder, long bytes) throws IOException {
        Path file = folder.resolve("raw-write-speed.bin");
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);
        new Random(1).ints(BLOCK / 4).forEach(block::putInt);
        long started = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < bytes; ) {
                block.clear().limit((int) Math.min(BLOCK, bytes - written));
                while (block.hasRemaining()) {
                    written += channel.write(block);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Files.delete(file);
        return new Rate(0, bytes, seconds);
    }

    static String describe(Rate rate) {
        return String.format(
                Locale.ROOT,
                "raw write speed %.0f MB/s (%.1f MB with a FileChannel in 4 MiB blocks, no fsync, %.2f s)",
                rate.megabytesPerSecond(),
                rate.bytes() / 1e6,
                rate.seconds());
    }
}
