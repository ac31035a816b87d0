package selftests.teardown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether a TCP port is in the LISTEN state on this machine, from /proc/net/tcp and tcp6 (no connection tried). */
final class ListeningPorts {
    private static final String LISTEN = "0A";

    private ListeningPorts() {}

    static boolean isListening(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 3 && fields[1].endsWith(hexPort) && fields[3].equals(LISTEN)) {
                    return true;
                }
            }
        }
        return false;
    }
}
