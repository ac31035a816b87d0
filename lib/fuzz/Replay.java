package lib.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.runner.RunFolder;
import lib.wire.Profile;

/**
 * {@code --replay FILE}: sends a saved case's inputs again, byte for byte, on fresh topics and writers, to jobs with
 * the ids they were aimed at (data inputs also with their record timestamps, to a job with their job's start time, so
 * the data window is the same); then checks the writers as after every batch. Exits 1 when a writer dies or hangs,
 * so the case can serve as a regression test.
 */
final class Replay {
    private final FuzzOptions options;
    private final CaseFile saved;
    private final Path runFolder;
    private final RunLog log;

    Replay(FuzzOptions options) {
        this.options = options;
        this.saved = CaseFile.load(options.replay);
        this.runFolder = RunFolder.create(options.logs());
        this.log = new RunLog(runFolder);
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                runFolder.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    int run() {
        Profile profile = Profile.parse(saved.profile());
        Path outputFolder = runFolder.resolve("output-files");
        FuzzRun.createFolder(outputFolder);
        log.say("run folder: " + runFolder);
        log.say("replaying " + options.replay + ": " + saved.inputs().size() + " input(s) found to give \""
                + saved.finding() + "\" with " + saved.writers() + " (profile " + profile + ")");
        if (profile != options.profile) {
            log.say("note: the case was made under profile " + profile + ", which the replay uses");
        }
        int problems = 0;
        int deviations = 0;
        try (FuzzSession session = FuzzSession.open(options, profile, runFolder, outputFolder, log::say)) {
            StrayFiles strays = StrayFiles.watching(runFolder, outputFolder, options.repo());
            for (List<FuzzInput> group : byTopicAndJob(saved.inputs())) {
                group.forEach(input -> log.say("  sending " + input.describe()));
                BatchOutcome outcome = session.batches().replay(group);
                for (Deviation deviation : outcome.deviations()) {
                    deviations++;
                    log.finding("wrong answer: " + deviation.describe());
                }
                for (Problem problem : outcome.problems()) {
                    problems++;
                    log.finding(problem.headline());
                }
                for (String stray : strays.collect()) {
                    deviations++;
                    log.finding("file outside the output folder: " + stray + " (moved into the run folder's escaped/)");
                }
                session.exchange().traffic().forget();
            }
        }
        log.say(saved.inputs().size() + " input(s) replayed: " + problems + " crash(es) or hang(s), " + deviations
                + " wrong answer(s) or stray file(s)" + (problems == 0 ? "; the writers stayed healthy" : ""));
        log.say("logs: " + runFolder);
        return problems > 0 || options.strict && deviations > 0 ? 1 : 0;
    }

    /** Runs of consecutive inputs of one topic (and, for data, one job), each replayed as one batch. */
    static List<List<FuzzInput>> byTopicAndJob(List<FuzzInput> inputs) {
        List<List<FuzzInput>> groups = new ArrayList<>();
        for (FuzzInput input : inputs) {
            List<FuzzInput> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            boolean sameGroup = last != null
                    && last.get(0).topic() == input.topic()
                    && (input.topic() != FuzzTopic.DATA
                            || last.get(0)
                                    .context()
                                    .jobId()
                                    .equals(input.context().jobId()));
            if (sameGroup) {
                last.add(input);
            } else {
                groups.add(new ArrayList<>(List.of(input)));
            }
        }
        return groups;
    }
}
