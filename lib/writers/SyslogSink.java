package lib.writers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the machine's syslog daemon (decisions A11): kafka-to-nexus at HEAD logs only through
 * syslog(3) to {@code /dev/log}. Bound there for a run when no daemon owns it, it files each line in the log of
 * the writer whose PID the line carries. glibc's syslog falls back to a stream socket when a datagram one is
 * refused, and ends each message with a NUL there; Java offers only stream sockets on Unix domain addresses.
 */
public final class SyslogSink implements AutoCloseable {
    /** {@code <PRI>} header, timestamp, then {@code ident[pid]: message}. */
    private static final Pattern MESSAGE = Pattern.compile("^<\\d+>.*?\\[(\\d+)]: ?(.*)$", Pattern.DOTALL);

    private final Path socket;
    private final Path unknownSenderLog;
    private final ServerSocketChannel server;
    private final Map<Long, Path> logsByPid = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private SyslogSink(Path socket, Path unknownSenderLog, ServerSocketChannel server) {
        this.socket = socket;
        this.unknownSenderLog = unknownSenderLog;
        this.server = server;
    }

    /**
     * Binds a sink at {@code socket}; lines from PIDs not registered with {@link #fileLinesOf} go to
     * {@code unknownSenderLog}.
     */
    public static SyslogSink bind(Path socket, Path unknownSenderLog) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            // Writers may run as any user; the socket is theirs to write to for this run.
            socket.toFile().setWritable(true, false);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        SyslogSink sink = new SyslogSink(socket, unknownSenderLog, server);
        Thread acceptor = new Thread(sink::acceptConnections, "syslog-sink");
        acceptor.setDaemon(true);
        acceptor.start();
        return sink;
    }

    /** Sends the syslog lines of process {@code pid} to {@code log}. */
    public void fileLinesOf(long pid, Path log) {
        logsByPid.put(pid, log);
    }

    private void acceptConnections() {
        while (!closed) {
            try {
                SocketChannel connection = server.accept();
                Thread reader = new Thread(() -> readMessages(connection), "syslog-sink-connection");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void readMessages(SocketChannel connection) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        try (connection) {
            while (connection.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte next = buffer.get();
                    if (next == 0 || next == '\n') {
                        file(message.toString(StandardCharsets.UTF_8));
                        message.reset();
                    } else {
                        message.write(next);
                    }
                }
                buffer.clear();
            }
            if (message.size() > 0) {
                file(message.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The writer closed its end or the sink is closing.
        }
    }

    private void file(String raw) {
        if (raw.isBlank()) {
            return;
        }
        Matcher parsed = MESSAGE.matcher(raw);
        Path log = unknownSenderLog;
        String line = raw;
        if (parsed.matches()) {
            log = logsByPid.getOrDefault(Long.parseLong(parsed.group(1)), unknownSenderLog);
            line = "syslog: " + parsed.group(2);
        }
        try {
            synchronized (this) {
                Files.writeString(
                        log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + log, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            System.err.println("could not remove the syslog sink at " + socket + ": " + e.getMessage());
        }
    }
}
