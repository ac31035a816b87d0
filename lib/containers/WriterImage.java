package lib.containers;

import lib.images.DockerEngine;
import lib.images.ImageFacts;
import lib.images.Labels;
import lib.images.Recipes;
import lib.writers.WriterStartException;

/**
 * The image the writer containers run. Its entry point is the writer, so the containers' arguments are the writer's
 * options; an image of the reference-writer recipe also gets {@code --profile}, which a real binary lacks.
 */
record WriterImage(String name, boolean referenceWriter) {
    /** The image build_image.java makes by default. */
    static final String DEFAULT = "fw-system-tests/reference-writer:latest";

    /** The image {@code name}; fails with one line naming how to build it when Docker does not have it. */
    static WriterImage find(DockerEngine docker, String name) {
        ImageFacts image = docker.image(name).orElseThrow(() -> new WriterStartException(notFound(name)));
        return new WriterImage(name, Recipes.DEFAULT.equals(image.labels().get(Labels.RECIPE)));
    }

    private static String notFound(String name) {
        String build = DEFAULT.equals(name)
                ? "./jbang build_image.java"
                : "./jbang build_image.java --image " + name + " (with --recipe kafka-to-nexus --source DIR for"
                        + " kafka-to-nexus)";
        return "--image " + name + ": Docker has no such image; build it with " + build;
    }
}
