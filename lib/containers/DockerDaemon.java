package lib.containers;

import lib.images.DockerEngine;
import lib.images.ImageBuildException;
import lib.writers.WriterStartException;

/** The connection to the Docker daemon, failing as writers that cannot start. */
final class DockerDaemon {
    private DockerDaemon() {}

    /** Connects; without a daemon, fails with DockerEngine's one line naming how to start one. */
    static DockerEngine connect() {
        return connect("writer containers");
    }

    /** As {@link #connect()}, the line starting with {@code what} needs the daemon. */
    static DockerEngine connect(String what) {
        try {
            return DockerEngine.connect();
        } catch (ImageBuildException e) {
            throw new WriterStartException(what + ": " + e.getMessage());
        }
    }
}
