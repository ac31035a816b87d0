package lib.writers;

import java.nio.file.Path;
import lib.wire.Profile;

/**
 * How to start a run's writers.
 *
 * @param profile          picks the command-line form (protocol.md §7)
 * @param bootstrapServers the run's broker(s)
 * @param poolTopic        the job-pool topic
 * @param commandTopic     the default command/status topic
 * @param outputFolder     the writers' output prefix (decisions A6)
 * @param logFolder        where each writer's log goes
 * @param count            how many writers to start
 * @param waitForDebugger  stop each writer after start until the user presses Enter
 * @param syslogSocket     where a local build's syslog(3) lines arrive ({@code /dev/log}); null to leave them alone
 */
public record WriterSetup(
        Profile profile,
        String bootstrapServers,
        String poolTopic,
        String commandTopic,
        Path outputFolder,
        Path logFolder,
        int count,
        boolean waitForDebugger,
        Path syslogSocket) {

    /** The socket glibc's syslog(3) writes to. */
    public static final Path DEV_LOG = Path.of("/dev/log");

    /** The status interval every run uses (decisions A3). */
    public static final String STATUS_INTERVAL = "2s";

    /**
     * The log of writer {@code index}: {@code writer-<i>.log} for the first of that number, {@code writer-<i>.<n>.log}
     * for its n-th (a replacement of one that died), so a dead writer's log is kept as it ended.
     */
    public Path writerLog(int index, int generation) {
        return writerLog(logFolder, index, generation);
    }

    /** {@link #writerLog(int, int)} in {@code logFolder}, for writers started before the setup is known. */
    public static Path writerLog(Path logFolder, int index, int generation) {
        return logFolder.resolve("writer-" + index + (generation > 1 ? "." + generation : "") + ".log");
    }
}
