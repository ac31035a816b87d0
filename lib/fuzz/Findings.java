package lib.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run found, reported as it is found: wrong answers (the first few of each kind in full, all counted, the
 * first ones saved as cases), files outside the output folder, and writers that died or hung, whose inputs are
 * narrowed down by replaying them, saved as a case and followed by a restart of the writers.
 */
final class Findings {
    private static final int SHOWN_PER_KIND = 3;
    private static final int SAVED_DEVIATIONS = 20;
    private static final int MAX_REPLAYS = 14;
    private static final Duration MINIMIZE_BUDGET = Duration.ofMinutes(5);

    private final RunLog log;
    private final Tally tally;
    private final Path cases;
    private final String profile;
    private final String writers;
    private final boolean minimize;
    private final Map<String, Integer> shownByKind = new HashMap<>();
    private int savedDeviations;
    private int savedProblems;
    private int replayTopics;
    private int savedEscapes;

    Findings(RunLog log, Tally tally, Path cases, String profile, String writers, boolean minimize) {
        this.log = log;
        this.tally = tally;
        this.cases = cases;
        this.profile = profile;
        this.writers = writers;
        this.minimize = minimize;
    }

    void deviations(BatchOutcome outcome) {
        for (Deviation deviation : outcome.deviations()) {
            tally.deviation(deviation.input(), outcome.topic());
            String kind = outcome.topic().label() + " "
                    + (deviation.input() == null
                            ? "unexplained"
                            : deviation.input().kind().label());
            int shown = shownByKind.merge(kind, 1, Integer::sum);
            if (shown <= SHOWN_PER_KIND) {
                log.finding("wrong answer: " + deviation.describe()
                        + (shown == SHOWN_PER_KIND ? "\n      (further ones of " + kind + " are only counted)" : ""));
            }
            if (deviation.input() != null && savedDeviations < SAVED_DEVIATIONS) {
                savedDeviations++;
                Path file = cases.resolve("deviation-" + savedDeviations + ".json");
                new CaseFile(profile, "wrong answer: " + deviation.description(), writers, List.of(deviation.input()))
                        .save(file);
            }
        }
    }

    /** Reports files found outside the output folder, with the inputs of the batch whose file name they carry. */
    void escapes(List<String> files, BatchOutcome outcome) {
        for (String file : files) {
            tally.escape();
            String name = java.nio.file.Path.of(file).getFileName().toString();
            List<FuzzInput> culprits = outcome.sent().stream()
                    .filter(input -> input.description().contains(name))
                    .toList();
            StringBuilder text = new StringBuilder(
                    "file outside the output folder: " + file + " (moved into the run folder's escaped/)");
            culprits.forEach(input -> text.append("\n      ").append(input.describe()));
            if (!culprits.isEmpty()) {
                savedEscapes++;
                Path caseFile = cases.resolve("escape-" + savedEscapes + ".json");
                new CaseFile(profile, "a file outside the output folder: " + file, writers, culprits).save(caseFile);
                text.append("\n      saved as ").append(caseFile);
            }
            log.finding(text.toString());
        }
    }

    /**
     * Reports the batch's problems, restarts the writers, narrows the batch's inputs down by replaying them (each
     * replay on fresh writers) and saves what remains as a case.
     */
    void problems(BatchOutcome outcome, Exchange exchange) {
        Writers writers = exchange.writers();
        Problem first = outcome.problems().get(0);
        for (Problem problem : outcome.problems()) {
            log.finding(problem.headline() + "\n      during a batch of "
                    + outcome.sent().size() + " "
                    + outcome.topic().label() + " inputs (#" + firstNumber(outcome) + " to #" + lastNumber(outcome)
                    + ")");
        }
        writers.restart(first.kind() == Problem.Kind.CRASH ? "one died" : "one hung");
        List<FuzzInput> culprits = outcome.sent();
        String note = "all inputs of the batch, not narrowed down";
        if (minimize && !outcome.sent().isEmpty()) {
            Minimizer.Result result = new Minimizer(
                            inputs -> reproduces(inputs, exchange), MAX_REPLAYS, MINIMIZE_BUDGET)
                    .minimize(outcome.sent());
            culprits = result.inputs();
            note = result.reproduced()
                    ? culprits.size() + " input(s) that do it again, after " + result.replays() + " replay(s)"
                    : "the batch did not do it again when replayed (timing?); all its inputs";
            if (writers.firstDead().isPresent()) {
                writers.restart("after replaying the inputs");
            }
        }
        for (Problem problem : outcome.problems()) {
            tally.problem(problem, culprits.size() == 1 ? culprits.get(0) : null, outcome.topic());
        }
        savedProblems++;
        Path file = cases.resolve(savedProblems + "-" + first.kind().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + outcome.topic().label() + ".json");
        new CaseFile(profile, first.describe(), this.writers, culprits).save(file);
        StringBuilder text = new StringBuilder("      inputs (" + note + "):");
        culprits.stream().limit(10).forEach(input -> text.append("\n        ").append(input.describe()));
        if (culprits.size() > 10) {
            text.append("\n        ... and ").append(culprits.size() - 10).append(" more");
        }
        log.finding(text + "\n      saved as " + file + "; replay: ./jbang fuzz_writer.java --replay " + file);
    }

    /** Replays the inputs on fresh writers and topics of their own; whether a writer died or hung again. */
    private boolean reproduces(List<FuzzInput> inputs, Exchange exchange) {
        Writers writers = exchange.writers();
        if (writers.firstDead().isPresent()) {
            writers.restart("before a replay");
        }
        Exchange isolated = exchange.forReplay(++replayTopics);
        BatchOutcome replayed;
        try {
            replayed = new Batches(isolated).replay(inputs);
        } finally {
            ReplayTopics.delete(exchange.kafka(), exchange.traffic(), isolated.topics());
        }
        boolean reproduced = !replayed.problems().isEmpty();
        log.say("  replayed " + inputs.size() + " input(s): "
                + (reproduced
                        ? "did it again ("
                                + replayed.problems()
                                        .get(0)
                                        .headline()
                                        .lines()
                                        .findFirst()
                                        .orElse("") + ")"
                        : "the writers stayed healthy"));
        if (reproduced) {
            writers.restart("after a replay that did it again");
        }
        return reproduced;
    }

    private static int firstNumber(BatchOutcome outcome) {
        return outcome.sent().isEmpty() ? 0 : outcome.sent().get(0).number();
    }

    private static int lastNumber(BatchOutcome outcome) {
        return outcome.sent().isEmpty()
                ? 0
                : outcome.sent().get(outcome.sent().size() - 1).number();
    }
}
