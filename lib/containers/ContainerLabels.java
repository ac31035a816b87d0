package lib.containers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import lib.images.Labels;

/**
 * The labels of a writer container: what it is, which run started it, and which harness process owns it, so a
 * later run can tell the containers of a killed run from those of a run that still goes on beside it.
 */
final class ContainerLabels {
    /** The value of {@link Labels#ROLE} on writer containers. */
    static final String WRITER = "writer";

    /** The run that started the container. */
    static final String RUN = "fw-system-tests.run";

    /** PID and start time of the harness process that owns the container. */
    static final String OWNER_PID = "fw-system-tests.owner-pid";

    static final String OWNER_STARTED = "fw-system-tests.owner-started";

    private ContainerLabels() {}

    static Map<String, String> writer(String runId) {
        RunOwner owner = RunOwner.current();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.PROJECT, "true");
        labels.put(Labels.ROLE, WRITER);
        labels.put(RUN, runId);
        labels.put(OWNER_PID, Long.toString(owner.pid()));
        labels.put(OWNER_STARTED, owner.started().toString());
        return labels;
    }

    /** True while the process named by the owner labels runs; the start time tells it from a reused PID. */
    static boolean ownerAlive(Map<String, String> labels) {
        String pid = labels.getOrDefault(OWNER_PID, "");
        String started = labels.getOrDefault(OWNER_STARTED, "");
        if (!pid.matches("\\d+")) {
            return false;
        }
        try {
            return new RunOwner(Long.parseLong(pid), Instant.parse(started)).alive();
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
