package lib.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP ports on this machine: is one free, does one accept connections. */
final class Ports {
    private Ports() {}

    /**
     * Fails when something listens on {@code port} (on any address), naming the option that picks another.
     *
     * @param what the port's role, e.g. "port" or "controller port"
     * @param option the option that chooses it, e.g. "--port"
     */
    static void requireFree(int port, String what, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            // The wildcard address: busy when anything listens on the port, whatever address it bound.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new ComposeException(what + " " + port + " is in use; choose another with " + option
                    + " PORT, or stop what listens there");
        }
    }

    /** Two distinct ports the system reports free; both are held until both are known. */
    static int[] twoFree() {
        try (ServerSocket first = new ServerSocket(0);
                ServerSocket second = new ServerSocket(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
