package lib.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether anything accepts TCP connections at a bootstrap address, asked before a Kafka client is: a client retries
 * an address that refuses until its whole timeout has passed, a plain connect knows at once.
 */
public final class BootstrapCheck {
    private BootstrapCheck() {}

    /**
     * Returns when one of the comma-separated {@code host:port} addresses accepts a connection within
     * {@code timeout}; otherwise throws one line naming each address's problem and the fix.
     */
    public static void requireListener(String bootstrapServers, Duration timeout) {
        List<String> problems = new ArrayList<>();
        for (String server : bootstrapServers.split(",")) {
            int colon = server.lastIndexOf(':');
            String host = server.substring(0, colon);
            int port = Integer.parseInt(server.substring(colon + 1));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                return;
            } catch (UnknownHostException e) {
                problems.add(host + ": unknown host");
            } catch (SocketTimeoutException e) {
                problems.add(server + ": no answer within " + timeout.toSeconds() + " s");
            } catch (IOException | IllegalArgumentException e) {
                problems.add(server + ": " + e.getMessage());
            }
        }
        throw new IllegalStateException("--kafka " + bootstrapServers + ": no broker there ("
                + String.join("; ", problems) + "); start it (./jbang compose.java up starts one) or correct the"
                + " address");
    }
}
