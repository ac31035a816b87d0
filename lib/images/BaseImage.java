package lib.images;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.logs.LogTail;

/**
 * Makes a base image without a registry: {@code debootstrap --variant=minbase} of Debian 12 into a temporary folder,
 * then {@code docker import}. The mirror is the one this machine's apt uses ({@link AptSources}).
 */
public final class BaseImage {
    /** The base image the shipped recipes use. */
    public static final String DEFAULT_NAME = "fw-system-tests/debian-base:bookworm";

    static final String SUITE = "bookworm";
    private static final long DEBOOTSTRAP_TIMEOUT_MINUTES = 20;

    private BaseImage() {}

    /**
     * Makes {@code image} unless it is there.
     *
     * @param mirror the Debian mirror, or null for the one in this machine's apt sources
     * @param logFile where debootstrap's output goes
     */
    public static void make(String image, String mirror, Path logFile, PrintStream out) {
        long start = System.nanoTime();
        try (DockerEngine docker = DockerEngine.connect()) {
            var existing = docker.image(image);
            if (existing.isPresent()) {
                out.println("base image " + image + ": there already (id "
                        + Planner.shortId(existing.get().id()) + ", "
                        + Progress.size(existing.get().size()) + "); nothing to do");
                return;
            }
            String chosenMirror = mirror != null ? mirror : mirrorFromAptSources();
            requireRootAndDebootstrap();
            Path root = createFolder();
            try {
                out.print("debootstrap --variant=minbase " + SUITE + " from " + chosenMirror + " ...");
                out.flush();
                debootstrap(root, chosenMirror, logFile);
                dropAptCaches(root);
                out.println(" done in " + Progress.seconds(Duration.ofNanos(System.nanoTime() - start)));
                importFolder(docker, root, image);
            } finally {
                removeFolder(root);
            }
            var made = docker.image(image).orElseThrow();
            out.println("base image " + image + ": made (id " + Planner.shortId(made.id()) + ", "
                    + Progress.size(made.size()) + ") in "
                    + Progress.seconds(Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    private static String mirrorFromAptSources() {
        return AptSources.debianMirror(Path.of("/etc/apt"), SUITE)
                .orElseThrow(() -> ImageBuildException.badInput("no Debian mirror in this machine's apt sources"
                        + " (/etc/apt/sources.list, /etc/apt/sources.list.d/); give one with --mirror URL"));
    }

    private static void requireRootAndDebootstrap() {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw ImageBuildException.badInput(
                    "--make-base-image runs debootstrap, which needs root; run it as root (sudo)");
        }
        if (!onPath("debootstrap")) {
            throw ImageBuildException.badInput(
                    "--make-base-image needs debootstrap; install it: apt-get install debootstrap");
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        for (String folder : (path == null ? "/usr/sbin:/usr/bin:/sbin:/bin" : path + ":/usr/sbin:/sbin").split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    private static Path createFolder() {
        try {
            // Not in /tmp: it may be mounted nodev, and debootstrap makes device nodes.
            Path parent = Files.isDirectory(Path.of("/var/tmp"))
                    ? Path.of("/var/tmp")
                    : Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(parent, "fwst-debootstrap-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a folder for debootstrap", e);
        }
    }

    private static void debootstrap(Path root, String mirror, Path logFile) {
        List<String> command = List.of("debootstrap", "--variant=minbase", SUITE, root.toString(), mirror);
        int status = runLogged(command, logFile, DEBOOTSTRAP_TIMEOUT_MINUTES);
        if (status != 0) {
            throw ImageBuildException.failure(String.join(" ", command) + " failed with status " + status
                    + "; its last lines (all in " + logFile + "):\n" + LogTail.lastLines(logFile, 20));
        }
    }

    /** Package lists and caches: the first apt-get update in a container makes them anew (as Debian's images do). */
    private static void dropAptCaches(Path root) {
        runLogged(
                List.of(
                        "sh",
                        "-c",
                        "rm -rf \"$1\"/var/lib/apt/lists/* \"$1\"/var/cache/apt/*.bin"
                                + " \"$1\"/var/cache/apt/archives/*.deb",
                        "drop",
                        root.toString()),
                Path.of("/dev/null"),
                5);
    }

    private static void importFolder(DockerEngine docker, Path root, String image) {
        ProcessBuilder tar = new ProcessBuilder("tar", "--numeric-owner", "-C", root.toString(), "-c", ".")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = tar.start();
            docker.importImage(process.getInputStream(), image);
            if (process.waitFor() != 0) {
                docker.removeImage(image);
                throw ImageBuildException.failure("tar of " + root + " failed with status " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run tar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageBuildException.failure("interrupted while importing " + image);
        }
    }

    private static int runLogged(List<String> command, Path logFile, long timeoutMinutes) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw ImageBuildException.failure(
                        String.join(" ", command) + " took over " + timeoutMinutes + " minutes; see " + logFile);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageBuildException.failure("interrupted while running " + command.get(0));
        }
    }

    /** Removes the debootstrap folder; {@code --one-file-system} keeps a /proc left mounted by a failure safe. */
    private static void removeFolder(Path root) {
        runLogged(List.of("rm", "-rf", "--one-file-system", root.toString()), Path.of("/dev/null"), 5);
    }
}
