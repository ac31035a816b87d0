///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS com.github.docker-java:docker-java-core:3.7.1
//DEPS com.github.docker-java:docker-java-transport-httpclient5:3.7.1
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS org.slf4j:slf4j-nop:1.7.36
//SOURCES lib/images/**.java
//SOURCES lib/logs/**.java
//SOURCES lib/cli/**.java
//SOURCES lib/wire/Profile.java
// -nowarn: docker-java's classes carry an annotation (org.immutables) that is not on the classpath, and javac
// would warn about it at every build of this script.
//COMPILE_OPTIONS -nowarn

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lib.cli.LogFolder;
import lib.cli.RepoRoot;
import lib.cli.Scripts;
import lib.cli.Verbosity;
import lib.images.BaseImage;
import lib.images.BuildOptions;
import lib.images.ImageBuilder;
import lib.images.Recipes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds a writer's Docker image with a reusable build container. */
@Command(
        name = "build_image.java",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        version = "file-writer system tests: image build",
        description = {
            "Builds a writer image in a long-lived build container named after the image, redoing only what"
                    + " changed: nothing (the image is kept), the build step (sources changed), or the dependency and"
                    + " build steps (dependency files changed); then commits the container to the image and stops it.",
            "Recipes: config-files/recipes/. Their format, the steps and every message: docs/IMAGE_BUILD.md."
        },
        footer = {
            "",
            "Examples:",
            "  ./jbang build_image.java --make-base-image",
            "  ./jbang build_image.java",
            "  ./jbang build_image.java --do-cleanup",
            "  ./jbang build_image.java --recipe kafka-to-nexus --source ../kafka-to-nexus --plan",
            "  ./jbang build_image.java --image my-writer:test --base-image debian:bookworm -v"
        })
public class build_image implements Callable<Integer> {

    @Option(
            names = "--recipe",
            paramLabel = "NAME|FILE",
            defaultValue = Recipes.DEFAULT,
            description = "A recipe of config-files/recipes/ (default ${DEFAULT-VALUE}; also kafka-to-nexus) or the"
                    + " path of a recipe file.")
    String recipe;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The source tree the recipe builds (default: the recipe's; the repository for"
                    + " reference-writer; kafka-to-nexus needs it).")
    Path source;

    @Option(
            names = "--image",
            paramLabel = "NAME[:TAG]",
            description = "The image to build (default: the recipe's, e.g. fw-system-tests/reference-writer:latest).")
    String image;

    @Option(
            names = "--base-image",
            paramLabel = "IMAGE",
            description = "The image the build container starts from (default: the recipe's, " + BaseImage.DEFAULT_NAME
                    + ").")
    String baseImage;

    @Option(
            names = "--do-cleanup",
            description = "Run the recipe's cleanup step before the commit (a smaller image) and remove the build"
                    + " container afterwards (the next build starts afresh).")
    boolean doCleanup;

    @Option(names = "--plan", description = "Print what would be redone and why; change nothing.")
    boolean plan;

    @Option(
            names = "--make-base-image",
            description = "Make the base image (--base-image, default " + BaseImage.DEFAULT_NAME + ") with"
                    + " debootstrap --variant=minbase bookworm and docker import, unless it is there; needs root.")
    boolean makeBaseImage;

    @Option(
            names = "--mirror",
            paramLabel = "URL",
            description =
                    "With --make-base-image: the Debian mirror (default: the one in this machine's apt" + " sources).")
    String mirror;

    @Mixin
    Verbosity verbosity;

    @Mixin
    LogFolder logFolder;

    @Spec
    CommandSpec spec;

    public static void main(String... args) {
        System.exit(Scripts.execute(new build_image(), args));
    }

    @Override
    public Integer call() {
        Path repo = RepoRoot.of("build_image.java");
        if (makeBaseImage) {
            String name = baseImage != null ? baseImage : BaseImage.DEFAULT_NAME;
            BaseImage.make(name, mirror, logFolder.in(repo).resolve("debootstrap.log"), System.out);
            return 0;
        }
        if (mirror != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mirror goes with --make-base-image");
        }
        BuildOptions options =
                new BuildOptions(repo, recipe, source, image, baseImage, doCleanup, plan, verbosity.verbose());
        ImageBuilder.run(options, System.out);
        return 0;
    }
}
