package lib.writers;

import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a local build's syslog lines go for a run (decisions A11), decided once before its writers start. */
final class WriterSyslog {
    private WriterSyslog() {}

    /** A sink bound at /dev/log when nobody serves it, or null (having said where the lines go instead). */
    static SyslogSink prepare(Path socket, Path logFolder, PrintStream out) {
        if (Files.exists(socket) && !isStale(socket)) {
            out.println("writers: kafka-to-nexus logs through syslog to " + socket + ", which this machine's syslog"
                    + " service owns: its lines are there (for example journalctl -t kafka-to-nexus), not in"
                    + " writer-<i>.log");
            return null;
        }
        try {
            Files.deleteIfExists(socket);
            SyslogSink sink = SyslogSink.bind(socket, logFolder.resolve("syslog.log"));
            out.println("writers: collecting kafka-to-nexus's syslog lines from " + socket
                    + " into writer-<i>.log for this run");
            return sink;
        } catch (IOException e) {
            out.println("writers: cannot serve " + socket + " (" + e.getMessage()
                    + "): kafka-to-nexus's log lines are lost for this run");
            return null;
        }
    }

    /** A socket file left by a killed run: nothing accepts connections on it. */
    private static boolean isStale(Path socket) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(socket));
            return false;
        } catch (IOException e) {
            // A daemon's datagram socket refuses a stream connection with another error than "refused".
            return String.valueOf(e.getMessage()).contains("refused");
        }
    }
}
