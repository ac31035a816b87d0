package lib.runner;

import java.nio.file.Path;
import java.util.List;
import lib.cli.UsageException;
import lib.wire.Profile;
import lib.writers.LocalBuild;

/**
 * The runner's command line, as parsed by picocli in {@code run_tests.java}.
 *
 * @param keywordExpression {@code -k}; null when not given
 * @param kafka             {@code embedded}, {@code compose} or {@code HOST:PORT}
 * @param localBuild        {@code --local-build} folder; null for the reference writer
 * @param image             {@code --image}; null when not given
 * @param logs              folder holding one folder per run
 * @param consoleOptions    JUnit console options given after {@code --}
 */
public record RunOptions(
        String keywordExpression,
        String kafka,
        Path localBuild,
        boolean waitToAttachDebugger,
        String image,
        boolean noWriter,
        int writers,
        Profile profile,
        Path logs,
        boolean list,
        boolean failFast,
        boolean verbose,
        boolean selfTest,
        List<String> consoleOptions,
        Path repoRoot) {

    static final String EMBEDDED = "embedded";
    static final String COMPOSE = "compose";
    private static final String HOST_PORTS = "[^:\\s,]+:\\d{1,5}(,[^:\\s,]+:\\d{1,5})*";

    /** Checks everything that can be checked before anything starts (decisions A12); throws {@link UsageException}. */
    public void validate() {
        if (keywordExpression != null) {
            try {
                KeywordExpression.parse(keywordExpression);
            } catch (KeywordExpressionException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (writers < 0) {
            throw new UsageException("--writers " + writers + ": must be 0 or more");
        }
        if (!kafka.equals(EMBEDDED) && !kafka.equals(COMPOSE) && !kafka.matches(HOST_PORTS)) {
            throw new UsageException("--kafka " + kafka + ": use embedded, compose or HOST:PORT");
        }
        if (kafka.equals(COMPOSE)) {
            throw new UsageException("--kafka compose: not implemented yet; use --kafka embedded or HOST:PORT");
        }
        if (image != null) {
            throw new UsageException(
                    "--image " + image + ": not implemented yet; use the reference writer or --local-build");
        }
        if (localBuild != null && noWriter) {
            throw new UsageException("--local-build and --no-writer contradict each other; drop one");
        }
        String buildProblem = localBuild == null ? null : LocalBuild.problemWith(localBuild);
        if (buildProblem != null) {
            throw new UsageException(buildProblem);
        }
    }

    /** The options that shape a run, as one line for its summary. */
    String describe() {
        String writerMode = noWriter
                ? "none started (--no-writer)"
                : localBuild != null ? "--local-build " + localBuild : "reference writer";
        String selection = (keywordExpression == null ? "" : ", -k '" + keywordExpression + "'")
                + (failFast ? ", --fail-fast" : "");
        if (selfTest) {
            return "--self-test" + selection;
        }
        return "profile " + profile + ", kafka " + kafka + ", " + writers + " writers: " + writerMode + selection;
    }

    boolean embeddedKafka() {
        return kafka.equals(EMBEDDED);
    }
}
