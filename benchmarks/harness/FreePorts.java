
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Two consecutive free ports on 127.0.0.1, for the kept broker and its KRaft controller (compose.java's --port). */
final class FreePorts {
    private static final int TRIES = 50;

    private FreePorts() {}

    static int pair() {
        for (int i = 0; i < TRIES; i++) {
            int port = anyFree();
            if (port < 65535 && free(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two consecutive free ports found on 127.0.0.1; give --compose-port PORT");
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a socket on 127.0.0.1", e);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
