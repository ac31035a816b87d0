package lib.modes;

import java.util.function.Consumer;
import lib.cli.UsageException;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.WriterModules;
import lib.writers.WriterSetup;

/** {@code --image NAME}: N writer containers from an image made by build_image.java. */
final class ImageWriterMode implements WriterMode {
    private final String image;

    ImageWriterMode(String image) {
        this.image = image;
    }

    @Override
    public AutoCloseable start(Kafka kafka, WriterSetup setup, Consumer<String> say) {
        throw new UsageException(
                "--image " + image + ": not implemented yet; use the reference writer or --local-build");
    }

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
