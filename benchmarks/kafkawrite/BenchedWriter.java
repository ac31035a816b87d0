
import java.nio.file.Path;
import lib.cli.UsageException;
import lib.modes.WriterMode;

/**
 * A writer the benchmark measures, started through the runner's writer modes (lib/modes), so any writer the runner
 * can start can be benchmarked: {@code reference} (the runner's default, through the jbang launcher),
 * {@code reference-classpath} (the same writer run by java on its resolved classpath, through the
 * {@code --local-build} mode), {@code local-build:DIR} or {@code image:NAME}.
 */
record BenchedWriter(String spec, Path repo) {
    static final String FORMS = "reference, reference-classpath, local-build:DIR or image:NAME";
    private static final String LOCAL_BUILD = "local-build:";
    private static final String IMAGE = "image:";

    /** Reads a spec; a folder that is no build is refused now, before any broker starts. */
    static BenchedWriter parse(String spec, Path repo) {
        BenchedWriter writer = new BenchedWriter(spec, repo);
        if (spec.startsWith(LOCAL_BUILD) && spec.length() > LOCAL_BUILD.length()) {
            writer.mode(null);
            return writer;
        }
        if (spec.equals("reference")
                || spec.equals("reference-classpath")
                || (spec.startsWith(IMAGE) && spec.length() > IMAGE.length())) {
            return writer;
        }
        throw new UsageException("--writer " + spec + ": use " + FORMS);
    }

    /** The mode that starts it; {@code folder} holds what this writer needs made (reference-classpath's build). */
    WriterMode mode(Path folder) {
        if (spec.equals("reference")) {
            return WriterMode.choose(null, null, false, repo);
        }
        if (spec.equals("reference-classpath")) {
            return WriterMode.choose(ReferenceOnClasspath.makeBuildFolder(repo, folder), null, false, repo);
        }
        if (spec.startsWith(LOCAL_BUILD)) {
            return WriterMode.choose(Path.of(spec.substring(LOCAL_BUILD.length())), null, false, repo);
        }
        return WriterMode.choose(null, spec.substring(IMAGE.length()), false, repo);
    }

    /** The writer's name in the tables: "reference", "image:fw-system-tests/reference-writer:latest". */
    String label() {
        return spec;
    }
}
