package lib.modes;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lib.containers.Leftovers;
import lib.containers.WriterContainer;
import lib.containers.WriterContainers;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.RunningWriters;
import lib.writers.WriterModules;
import lib.writers.WriterSetup;

/**
 * {@code --image NAME}: N writer containers from an image made by build_image.java, on the host network, writing
 * into the run's output folder; containers an earlier killed run left are removed first.
 */
final class ImageWriterMode implements WriterMode {
    private final String image;

    ImageWriterMode(String image) {
        this.image = image;
    }

    @Override
    public void checkBeforeStart() {
        WriterContainers.requireImage(image);
    }

    @Override
    public RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say) {
        // The run folder's name is unique per run and a valid container name part.
        String runId = setup.logFolder().getFileName().toString();
        List<String> leftovers = Leftovers.sweep(runId);
        if (!leftovers.isEmpty()) {
            say.accept("writers: removed " + leftovers.size() + " container(s) an earlier run left: "
                    + String.join(", ", leftovers));
        }
        long start = System.nanoTime();
        say.accept("writers: starting " + setup.count() + " container(s) of " + image + " (profile " + setup.profile()
                + ")");
        WriterContainers containers = WriterContainers.start(image, kafka, setup, runId, System.out);
        say.accept(String.format(
                "writers: %d ready in %.1f s (%s)",
                setup.count(),
                (System.nanoTime() - start) / 1e9,
                containers.containers().stream().map(WriterContainer::toString).collect(Collectors.joining(", "))));
        return containers;
    }

    /** An image is not asked for its modules: the profile's set is assumed, as for the reference writer. */
    @Override
    public WriterModules modules(Profile profile, Consumer<String> say) {
        return WriterModules.referenceWriter(profile == Profile.CURRENT);
    }

    @Override
    public boolean pausesForDebugger() {
        return true;
    }

    @Override
    public String describe() {
        return "--image " + image;
    }
}
