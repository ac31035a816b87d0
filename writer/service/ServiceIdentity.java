package writer.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

/** Who this writer is on the wire: {@code <service-name>-pid:<pid>-<hhhh>} (protocol.md §4.8). */
record ServiceIdentity(String serviceId, String hostName, long pid) {

    static ServiceIdentity create(String serviceNameOrNull) {
        String host = localHostName();
        long pid = ProcessHandle.current().pid();
        String name =
                serviceNameOrNull == null || serviceNameOrNull.isBlank() ? "kafka-to-nexus:" + host : serviceNameOrNull;
        String suffix = String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        return new ServiceIdentity(name + "-pid:" + pid + "-" + suffix, host, pid);
    }

    /** The command consumer's own group id, spelled as kafka-to-nexus spells it. */
    String commandGroupId() {
        // As HEAD names it: the time is of a monotonic clock, in ms (protocol.md §1.2).
        return "filewriter--streamer--host:" + hostName + "--pid:" + pid + "--time:" + System.nanoTime() / 1_000_000;
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
