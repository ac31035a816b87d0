package lib.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lib.kafka.FileTrees;
import lib.kafka.PidFiles;
import lib.kafka.TempFolders;
import lib.writers.Signals;

/**
 * At a run's start, what runs killed before they could tear down left (decisions F: the harness removes its own
 * leftovers and says so): their writers and brokers, still running, from the pid files in their run folders; then
 * the temporary folders of runs that are gone. Runs whose runner is still alive are left alone: another run in the
 * same logs folder, or a fuzzer beside it. Containers and compose projects are swept by the modes that use Docker
 * (lib/containers/Leftovers, lib/compose/RunProjects).
 */
public final class LeftoverSweep {
    private static final long STOP_SECONDS = 10;

    private LeftoverSweep() {}

    /** Stops the processes and removes the temporary folders of killed runs under {@code logs}, saying so on {@code out}. */
    public static void sweep(Path logs, PrintStream out) {
        try {
            for (Path pids : PidFiles.under(logs)) {
                sweepRun(pids, out);
            }
        } catch (IOException e) {
            out.println("could not look for leftover processes in " + logs + ": " + e.getMessage());
        }
        for (Path folder : TempFolders.orphaned()) {
            out.println("removing " + folder + ", left by a run that was killed");
            FileTrees.deleteQuietly(folder);
        }
    }

    private static void sweepRun(Path pids, PrintStream out) {
        try {
            if (PidFiles.runnerAlive(pids)) {
                return; // in progress: its processes are its own to stop
            }
            for (ProcessHandle process : PidFiles.stillRunning(pids)) {
                out.println("stopping " + PidFiles.kindOf(pids) + " PID " + process.pid()
                        + " left running by the run in " + pids.getParent());
                stop(process);
            }
            Files.deleteIfExists(pids);
        } catch (IOException e) {
            out.println("could not sweep what " + pids + " lists: " + e.getMessage());
        }
    }

    /** SIGTERM to it and its children, SIGKILL after a deadline. */
    private static void stop(ProcessHandle process) {
        List<ProcessHandle> tree = process.descendants().toList();
        Signals.resumeQuietly(process.pid()); // one left stopped for a debugger would not act on SIGTERM
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(process); // so that "stopping" is done when the run goes on
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // SIGKILL did not end it within the deadline (a process in uninterruptible sleep): nothing more to do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
