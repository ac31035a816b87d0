package lib.containers;

import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Volume;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.images.DockerEngine;
import lib.writers.SyslogSink;
import lib.writers.WriterCommandLine;
import lib.writers.WriterSetup;
import lib.writers.WriterStartException;

/**
 * Creates writer container {@code index} of a run: the profile's writer options as arguments, on the host's network
 * (decisions C3), as the harness's user, with the output folder mounted at the same path (so the output prefix is
 * the same string inside, decisions A6) and, when the run collects syslog, its own sink mounted as {@code /dev/log}.
 */
final class ContainerCreation {
    private static final String FAULT_SWITCH = "FILE_WRITER_FAULTS";

    private ContainerCreation() {}

    /** The {@code generation}-th container of writer {@code index}: 1 at the run's start, more for replacements. */
    static WriterContainer create(
            DockerEngine docker,
            WriterImage image,
            WriterSetup setup,
            int index,
            int generation,
            String runId,
            PrintStream progress) {
        String name = nameOf(runId, index);
        Path log = setup.writerLog(index, generation).toAbsolutePath();
        Path outputFolder = setup.outputFolder().toAbsolutePath();
        List<Bind> binds =
                new ArrayList<>(List.of(new Bind(outputFolder.toString(), new Volume(outputFolder.toString()))));
        SyslogSink syslog = null;
        if (setup.syslogSocket() != null) {
            Path socket = ContainerSyslog.socketOf(setup.logFolder(), index);
            syslog = ContainerSyslog.bind(socket, log, progress);
            if (syslog != null) {
                binds.add(new Bind(socket.toString(), new Volume(WriterSetup.DEV_LOG.toString())));
            }
        }
        try {
            String id = docker.client()
                    .createContainerCmd(image.name())
                    .withName(name)
                    .withLabels(ContainerLabels.writer(runId))
                    .withUser(HarnessUser.uidAndGid())
                    // A relative output prefix resolves as it would for a writer started by the harness.
                    .withWorkingDir(Path.of("").toAbsolutePath().toString())
                    .withCmd(arguments(image, setup, index))
                    .withEnv(forwardedEnvironment())
                    .withHostConfig(HostConfig.newHostConfig()
                            .withNetworkMode("host")
                            .withBinds(binds)
                            // json-file whatever the daemon's default: its output must be readable back.
                            .withLogConfig(new LogConfig(LogConfig.LoggingType.JSON_FILE)))
                    .exec()
                    .getId();
            return new WriterContainer(docker, index, generation, id, name, log, syslog);
        } catch (RuntimeException e) {
            if (syslog != null) {
                syslog.close();
            }
            throw e instanceof DockerException ? refused(name, "create", (DockerException) e) : e;
        }
    }

    /**
     * The harness's environment variables a writer container gets too: the reference writer's fault switch
     * (writer/README.md), so a self-test can make a container writer break a rule as it can a writer process.
     */
    private static List<String> forwardedEnvironment() {
        String faults = System.getenv(FAULT_SWITCH);
        return faults == null ? List.of() : List.of(FAULT_SWITCH + "=" + faults);
    }

    /** Docker's refusal as one line naming the container. */
    static WriterStartException refused(String name, String what, DockerException e) {
        return new WriterStartException("writer container " + name + ": Docker could not " + what + " it: "
                + String.valueOf(e.getMessage()).strip().replace('\n', ' '));
    }

    /** {@code fwst-<run>-writer-<index>}, with characters Docker refuses in names replaced. */
    static String nameOf(String runId, int index) {
        return "fwst-" + runId.replaceAll("[^a-zA-Z0-9_.-]", "-") + "-writer-" + index;
    }

    private static List<String> arguments(WriterImage image, WriterSetup setup, int index) {
        List<String> arguments = new ArrayList<>();
        if (image.referenceWriter()) {
            arguments.addAll(WriterCommandLine.profileOption(setup));
        }
        arguments.addAll(WriterCommandLine.arguments(setup, index));
        return arguments;
    }
}
