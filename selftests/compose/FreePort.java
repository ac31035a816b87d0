package selftests.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A port the system reports free now (the broker binds it moments later; nothing else here asks for one). */
final class FreePort {
    private FreePort() {}

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
