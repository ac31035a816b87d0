package lib.soak;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import lib.runner.RunFolder;

/**
 * Runs the suite N times and reports each test's pass rate, median and slowest duration over the runs, and every
 * line of the runs' output that says a writer died. Each run's output is kept in {@code logs/soak/<time>/}.
 */
public final class Soak {
    private final Path repo;
    private final PrintStream out;
    private final Path folder;

    public Soak(Path repo, Path logs, PrintStream out) {
        this.repo = repo;
        this.out = out;
        this.folder = RunFolder.create(logs.resolve("soak"));
    }

    /** Runs the suite {@code runs} times with {@code arguments}; 0 when every run passed and no writer died. */
    public int run(int runs, List<String> arguments) {
        say("soak: " + runs + " runs of ./jbang run_tests.java " + String.join(" ", arguments) + "; outputs in "
                + repo.relativize(folder));
        List<List<TestOutcome>> outcomes = new ArrayList<>();
        List<String> deaths = new ArrayList<>();
        boolean allPassed = true;
        for (int i = 1; i <= runs; i++) {
            RunnerRun run = RunnerRun.start(repo, arguments, folder.resolve("run-" + i + ".txt"));
            allPassed &= run.exitCode() == 0;
            String where = run.runFolder()
                    .map(path -> repo.relativize(path).toString())
                    .orElse("no run folder");
            say(String.format(
                    "run %d/%d: %s in %.0f s (exit %d, %s)",
                    i, runs, run.summary(), run.seconds(), run.exitCode(), where));
            run.runFolder()
                    .map(path -> path.resolve("junit"))
                    .filter(Files::isDirectory)
                    .ifPresent(junit -> outcomes.add(JUnitReports.read(junit)));
            String runName = "run " + i + ": ";
            WriterDeaths.in(run.output()).forEach(line -> deaths.add(runName + line));
        }
        SoakTable table = SoakTable.of(outcomes);
        say("");
        table.render().forEach(this::say);
        say("");
        if (deaths.isEmpty()) {
            say("no run said that a writer died");
        } else {
            say("writer deaths (" + deaths.size() + "):");
            deaths.forEach(line -> say("  " + line));
        }
        say(String.format(
                "%d runs, %d tests, %d flaky or failing, %d writer death line(s)",
                runs, table.rows().size(), table.flaky().size(), deaths.size()));
        return allPassed && deaths.isEmpty() ? 0 : 1;
    }

    private void say(String line) {
        out.println(line);
        try {
            Files.writeString(
                    folder.resolve("summary.txt"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            out.println("could not write the soak summary: " + e.getMessage());
        }
    }
}
