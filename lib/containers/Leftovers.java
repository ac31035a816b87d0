package lib.containers;

import com.github.dockerjava.api.model.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lib.images.DockerEngine;
import lib.images.Labels;

/**
 * Writer containers left by earlier runs that were killed before they could remove them (decisions F: the harness
 * removes its own leftovers and says so). A container of another run whose harness process still runs belongs to a
 * run going on beside this one, and is left alone.
 */
public final class Leftovers {
    private Leftovers() {}

    /**
     * Removes the writer containers of runs other than {@code currentRunId} whose harness is gone.
     *
     * @return their names, for the run to say what it removed
     * @throws lib.writers.WriterStartException when no Docker daemon answers, naming how to start one
     */
    public static List<String> sweep(String currentRunId) {
        try (DockerEngine docker = DockerDaemon.connect()) {
            return sweep(docker, currentRunId);
        }
    }

    private static List<String> sweep(DockerEngine docker, String currentRunId) {
        List<String> removed = new ArrayList<>();
        List<Container> writers = docker.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(Labels.ROLE, ContainerLabels.WRITER))
                .exec();
        for (Container container : writers) {
            Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
            if (currentRunId.equals(labels.get(ContainerLabels.RUN)) || ContainerLabels.ownerAlive(labels)) {
                continue;
            }
            docker.removeContainer(container.getId());
            removed.add(nameOf(container));
        }
        return removed;
    }

    private static String nameOf(Container container) {
        String[] names = container.getNames();
        return names == null || names.length == 0 ? container.getId() : names[0].replaceFirst("^/", "");
    }
}
