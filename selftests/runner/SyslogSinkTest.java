package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import lib.writers.SyslogSink;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local build's syslog lines end up in the log of the writer that sent them (decisions A11). */
class SyslogSinkTest {

    @Test
    void linesAreFiledByTheSendersPid(@TempDir Path folder) throws Exception {
        Path socket = folder.resolve("log");
        Path writerLog = folder.resolve("writer-1.log");
        Path unknown = folder.resolve("syslog.log");
        try (SyslogSink sink = SyslogSink.bind(socket, unknown)) {
            sink.fileLinesOf(4242, writerLog);
            try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                client.connect(UnixDomainSocketAddress.of(socket));
                String messages = "<14>Nov 25 17:00:00 kafka-to-nexus[4242]: Starting job\0"
                        + "<11>Nov 25 17:00:01 kafka-to-nexus[999]: from someone else\0";
                client.write(ByteBuffer.wrap(messages.getBytes(StandardCharsets.UTF_8)));
            }
            Awaitility.await("both lines filed")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> Files.exists(writerLog) && Files.exists(unknown));
            assertThat(writerLog).content().isEqualTo("syslog: Starting job\n");
            assertThat(unknown).content().isEqualTo("syslog: from someone else\n");
        }
        assertThat(socket).as("socket removed on close").doesNotExist();
    }
}
