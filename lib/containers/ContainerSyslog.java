package lib.containers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import lib.writers.SyslogSink;

/**
 * A syslog sink of one writer container (decisions A11): HEAD kafka-to-nexus logs only through syslog(3) to
 * {@code /dev/log}, so each container gets its own socket there, and every line on it goes to that writer's log.
 */
final class ContainerSyslog {
    /** Inside the container the writer is the first process (no init). */
    private static final long WRITER_PID_INSIDE = 1;

    private ContainerSyslog() {}

    /** The socket file of writer {@code index}. */
    static Path socketOf(Path logFolder, int index) {
        return logFolder.toAbsolutePath().resolve("writer-" + index + ".syslog.socket");
    }

    /** A sink whose lines go to {@code log}, or null (having said so) when the socket cannot be bound. */
    static SyslogSink bind(Path socket, Path log, PrintStream progress) {
        try {
            Files.deleteIfExists(socket);
            SyslogSink sink = SyslogSink.bind(socket, log);
            sink.fileLinesOf(WRITER_PID_INSIDE, log);
            return sink;
        } catch (IOException e) {
            progress.println("writers: cannot bind a syslog socket at " + socket + " (" + e.getMessage()
                    + "): the syslog lines of that container are lost; use a shorter --logs folder");
            return null;
        }
    }
}
