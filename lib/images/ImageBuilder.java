package lib.images;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a writer image with a reusable build container (design.md "Image build"): finds out what changed since the
 * container's last build, redoes only that, commits the container to the image and stops the container.
 */
public final class ImageBuilder {
    /** The base image the shipped recipes start from: Debian 12 from debootstrap ({@link BaseImage}). */
    public static final String DEFAULT_BASE_IMAGE = BaseImage.DEFAULT_NAME;

    /** Docker's {@code NAME[:TAG]}: lower-case path components (the first may be a registry with a port), a tag. */
    private static final Pattern IMAGE_NAME = Pattern.compile("[a-z0-9]+([._-]+[a-z0-9]+)*(:[0-9]+)?"
            + "(/[a-z0-9]+([._-]+[a-z0-9]+)*)*"
            + "(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");

    private ImageBuilder() {}

    /**
     * Builds (or, with {@link BuildOptions#plan()}, only plans) as the options say, printing progress to {@code out}.
     *
     * @throws ImageBuildException a one-line error for bad input or a missing daemon or base image; a
     *     {@link StepFailedException} when a step failed
     */
    public static BuildReport run(BuildOptions options, PrintStream out) {
        long start = System.nanoTime();
        Recipe recipe = Recipes.resolve(options.repoRoot(), options.recipe());
        Path source = sourceFolder(options, recipe);
        String image = imageName(options.image() != null ? options.image() : recipe.image());
        String baseImage = options.baseImage() != null ? options.baseImage() : recipe.baseImage();
        // Hashed before Docker is asked, so that bad input is reported first (and without a daemon).
        BuildInputs hashed = BuildInputs.of(recipe, source, image, baseImage, "");
        Progress progress = new Progress(out, options.verbose());
        try (DockerEngine docker = DockerEngine.connect()) {
            ImageFacts base = docker.image(baseImage).orElseThrow(() -> baseImageAbsent(baseImage));
            BuildInputs inputs = new BuildInputs(
                    recipe, image, baseImage, base.id(), hashed.dependencyFiles(), hashed.sourceFiles());
            String containerName = ImageName.parse(image).buildContainer();
            Optional<ContainerFacts> container = docker.container(containerName);
            container.ifPresent(ImageBuilder::checkOwnContainer);
            BuildState state = container
                    .map(facts -> BuildRun.readState(docker, facts.id()))
                    .orElse(BuildState.EMPTY);
            Optional<ImageFacts> existing = docker.image(image);
            BuildPlan plan = Planner.plan(inputs, container, state, existing, options.doCleanup());
            progress.say("build_image: image " + image + ", recipe " + recipe.name() + " ("
                    + display(options.repoRoot(), recipe.file()) + "), source " + display(options.repoRoot(), source)
                    + ", base " + baseImage);
            if (options.plan()) {
                printPlan(progress, plan, containerName);
                return new BuildReport(
                        image,
                        existing.map(ImageFacts::id).orElse(""),
                        existing.map(ImageFacts::size).orElse(0L),
                        containerName,
                        plan,
                        List.of(),
                        Duration.ofNanos(System.nanoTime() - start));
            }
            Path log = options.repoRoot().resolve("logs").resolve("build-image").resolve(containerName + ".log");
            return new BuildRun(
                            docker,
                            inputs,
                            plan,
                            containerName,
                            options.doCleanup(),
                            progress,
                            log,
                            display(options.repoRoot(), log),
                            start)
                    .run(container, state, existing);
        }
    }

    /** What {@code --plan} prints: one line per step, and what would happen to the container. */
    private static void printPlan(Progress progress, BuildPlan plan, String containerName) {
        progress.say("plan (--plan: nothing is changed):");
        progress.say("  build container " + containerName + ": "
                + plan.container().name().toLowerCase().replace('_', ' ') + " (" + plan.containerReason() + ")");
        for (PlannedStep step : plan.steps()) {
            progress.say("  " + step);
        }
        progress.say(plan.upToDate() ? "nothing would be redone" : "would redo: " + String.join(", ", titles(plan)));
    }

    private static List<String> titles(BuildPlan plan) {
        return plan.redone().stream().map(Step::title).toList();
    }

    private static Path sourceFolder(BuildOptions options, Recipe recipe) {
        Path source;
        if (options.source() != null) {
            source = options.source().toAbsolutePath().normalize();
        } else if (recipe.defaultSource().isPresent()) {
            source = options.repoRoot()
                    .resolve(recipe.defaultSource().get())
                    .toAbsolutePath()
                    .normalize();
        } else {
            throw ImageBuildException.badInput("recipe " + recipe.name() + " needs --source DIR (its source tree,"
                    + " for example --source ../kafka-to-nexus)");
        }
        if (!Files.isDirectory(source)) {
            throw ImageBuildException.badInput("--source " + source + ": "
                    + (Files.exists(source) ? "not a folder" : "no such folder") + "; point it at the source tree");
        }
        if (!Files.isReadable(source) || !Files.isExecutable(source)) {
            throw ImageBuildException.badInput("--source " + source + ": cannot read it; make it readable");
        }
        return source;
    }

    private static String imageName(String image) {
        if (!IMAGE_NAME.matcher(image).matches()) {
            throw ImageBuildException.badInput("--image " + image + ": not a Docker image name; use lower-case"
                    + " NAME[:TAG], for example fw-system-tests/reference-writer:latest");
        }
        return ImageName.parse(image).full();
    }

    static ImageBuildException baseImageAbsent(String baseImage) {
        String make = DEFAULT_BASE_IMAGE.equals(baseImage)
                ? "./jbang build_image.java --make-base-image (debootstrap + docker import, no registry needed)"
                : "./jbang build_image.java --make-base-image --base-image " + baseImage
                        + " (debootstrap + docker import, no registry needed)";
        return ImageBuildException.failure("base image " + baseImage + " is not there; get it with docker pull "
                + baseImage + ", or on a closed network make it with " + make);
    }

    private static void checkOwnContainer(ContainerFacts container) {
        if (!Labels.BUILD_CONTAINER.equals(container.role())) {
            throw ImageBuildException.failure("a container named " + container.name() + " exists that is not a build"
                    + " container of this project (no " + Labels.ROLE + " label); remove or rename it: docker rm -f "
                    + container.name());
        }
    }

    static String display(Path repoRoot, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = repoRoot.toAbsolutePath().normalize();
        if (absolute.equals(root)) {
            return "the repository";
        }
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
