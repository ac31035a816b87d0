import java.nio.file.Path;
import lib.cli.UsageException;
import lib.modes.WriterMode;

/**
 * A writer the benchmark measures, started through the runner's writer modes (lib/modes), so any writer the runner
 * can start can be benchmarked: {@code reference}, {@code local-build:DIR} or {@code image:NAME}.
 */
record BenchedWriter(String spec, WriterMode mode) {
    static final String FORMS = "reference, local-build:DIR or image:NAME";

    static BenchedWriter parse(String spec, Path repo) {
        if (spec.equals("reference")) {
            return new BenchedWriter(spec, WriterMode.choose(null, null, false, repo));
        }
        if (spec.startsWith("local-build:") && spec.length() > "local-build:".length()) {
            return new BenchedWriter(
                    spec, WriterMode.choose(Path.of(spec.substring("local-build:".length())), null, false, repo));
        }
        if (spec.startsWith("image:") && spec.length() > "image:".length()) {
            return new BenchedWriter(spec, WriterMode.choose(null, spec.substring("image:".length()), false, repo));
        }
        throw new UsageException("--writer " + spec + ": use " + FORMS);
    }

    /** The writer's name in the tables: "reference", "image:fw-system-tests/reference-writer:latest". */
    String label() {
        return spec;
    }
}
