package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import writer.common.Faults;
import writer.job.JobTimeline;
import writer.kafka.BrokerMetadata;
import writer.kafka.KafkaClients;
import writer.output.WarmUp;
import writer.output.hdf5.H5File;
import writer.profile.ProfileRules;
import writer.protocol.StartOrigin;

/**
 * The writer service: one main loop thread that polls the job pool, the command topic and the current job's data,
 * and publishes a heartbeat when one is due, so state changes need no locks (like kafka-to-nexus).
 */
public final class Writer {
    private static final Logger LOG = System.getLogger(Writer.class.getName());
    private static final Duration IDLE_POLL = Duration.ofMillis(50);
    /**
     * Commands are checked without waiting between data polls: the data poll bounds the loop, and a fixed wait here
     * cost up to one wait per batch of data (0.5 s of a million f144 messages). Fetches still progress in between.
     */
    private static final Duration COMMAND_POLL_WHILE_READING_DATA = Duration.ZERO;

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final WriterSettings settings;
    private final ProfileRules rules;
    private final ServiceIdentity identity;
    private final KafkaClients clients;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean shutdownRequested;
    /** Interrupts the main loop's blocking Kafka calls, so a shutdown never waits for a timeout. */
    private volatile Runnable wakeUpMainLoop = () -> {};

    public Writer(WriterSettings settings) {
        this.settings = settings;
        this.rules = settings.rules();
        this.identity = ServiceIdentity.create(settings.serviceName());
        this.clients = new KafkaClients(settings.kafkaConfig(), "file-writer-" + identity.pid());
    }

    /** Runs until SIGTERM/SIGINT; returns the exit status. */
    public int run() {
        Thread hook = new Thread(this::shutDownFromHook, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return serve();
        } finally {
            LOG.log(Level.INFO, "Stopped");
            finished.countDown();
        }
    }

    /** The JVM is going down (SIGTERM, SIGINT, SIGHUP): ask the main loop to finish, and wait until it has. */
    private void shutDownFromHook() {
        LOG.log(Level.INFO, "Shutdown requested: finishing the main loop");
        Faults.lingerIfSlowStop();
        shutdownRequested = true;
        wakeUpMainLoop.run();
        try {
            if (!finished.await(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("file_writer: the main loop did not finish within " + SHUTDOWN_WAIT.toSeconds()
                        + " s of the shutdown request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int serve() {
        LOG.log(
                Level.INFO,
                "Starting as {0} ({1} profile); job pool {2} on {3}, commands {4} on {5}",
                identity.serviceId(),
                rules.label(),
                settings.poolTopic(),
                settings.poolBrokers(),
                settings.commandTopic(),
                settings.commandBrokers());
        try (CommandChannel channel = new CommandChannel(
                        clients,
                        settings.commandBrokers(),
                        settings.commandTopic(),
                        identity::commandGroupId,
                        rules.lazyDefaultTopicConsumer(),
                        settings.metadataMaxTimeout());
                PoolListener pool = new PoolListener(clients, settings.poolBrokers(), settings.poolTopic())) {
            if (!requiredTopicsExist(channel)) {
                return 0;
            }
            channel.start();
            loadHdf5Library();
            WarmUp.run(rules);
            JobControl jobs = new JobControl(settings, identity, channel, clients);
            wakeUpMainLoop = () -> {
                channel.wakeUp();
                pool.wakeUp();
                jobs.wakeUp();
            };
            StatusReporter status = new StatusReporter(identity, settings.statusInterval());
            LOG.log(Level.INFO, "Ready: waiting for jobs");
            while (!shutdownRequested) {
                try {
                    loopOnce(pool, channel, jobs, status);
                } catch (WakeupException e) {
                    LOG.log(Level.DEBUG, "Woken up for the shutdown");
                } catch (RuntimeException e) {
                    // Whatever one message or one Kafka call did, the writer keeps serving the next one.
                    LOG.log(Level.ERROR, "Unexpected error in the main loop, carrying on: " + e, e);
                }
            }
            LOG.log(Level.INFO, "Shutting down");
            jobs.abortForShutdown();
            return 0;
        }
    }

    /** Now rather than at the first job, which would otherwise take the library's load time. */
    private static void loadHdf5Library() {
        try {
            LOG.log(Level.DEBUG, "HDF5 library {0} loaded", H5File.libraryVersion());
        } catch (RuntimeException e) {
            // A job's start reports the failure in its reply; the writer keeps serving.
            LOG.log(Level.ERROR, "Could not load the HDF5 library: {0}", e.getMessage());
        }
    }

    /**
     * A missing pool or command topic ends the writer with status 0 (protocol.md §1.7). Metadata is retried until
     * the broker answers; the command channel's consumer asks, so start-up opens no extra connection.
     */
    private boolean requiredTopicsExist(CommandChannel channel) {
        Set<String> commandTopics = channel.topicsWithRetries(settings.commandBrokers(), () -> shutdownRequested);
        if (commandTopics == null) {
            return false;
        }
        Set<String> poolTopics = commandTopics;
        if (!settings.poolBrokers().equals(settings.commandBrokers())) {
            try (KafkaConsumer<byte[], byte[]> metadata = clients.metadataConsumer(settings.poolBrokers())) {
                poolTopics = BrokerMetadata.topicsWithRetries(
                        metadata, settings.poolBrokers(), settings.metadataMaxTimeout(), () -> shutdownRequested);
            }
            if (poolTopics == null) {
                return false;
            }
        }
        if (!poolTopics.contains(settings.poolTopic())) {
            LOG.log(Level.ERROR, "Unable to find job pool topic with name \"" + settings.poolTopic() + "\".");
            return false;
        }
        if (!commandTopics.contains(settings.commandTopic())) {
            LOG.log(Level.ERROR, "Unable to find command topic with name \"" + settings.commandTopic() + "\".");
            return false;
        }
        return true;
    }

    private void loopOnce(PoolListener pool, CommandChannel channel, JobControl jobs, StatusReporter status) {
        if (jobs.writing()) {
            // 2022 leaves the pool at the first loop of a job; current left it when it took the job.
            pool.leave();
            boolean readingData = jobs.jobOrNull().consumesData();
            handleCommands(channel.poll(readingData ? COMMAND_POLL_WHILE_READING_DATA : IDLE_POLL), jobs);
            // Commands first: a stop already waiting is answered before the next heartbeat goes out.
            publishHeartbeatIfDue(channel, jobs, status);
            jobs.tick(settings.pollTimeout(), Instant.now());
        } else {
            publishHeartbeatIfDue(channel, jobs, status);
            handlePool(pool.poll(IDLE_POLL), pool, jobs);
            // The current writer reads commands only while writing (protocol.md §1.2); 2022 also while idle.
            if (!jobs.writing() && rules.bothTopicsCarryStartsAndStops()) {
                handleCommands(channel.poll(IDLE_POLL), jobs);
            }
        }
    }

    private static void publishHeartbeatIfDue(CommandChannel channel, JobControl jobs, StatusReporter status) {
        Instant now = Instant.now();
        if (status.due(now) && !jobs.stopping()) {
            channel.publish(status.heartbeat(now, jobs.statusJson()));
        }
    }

    private void handlePool(Iterable<ConsumerRecord<byte[], byte[]>> records, PoolListener pool, JobControl jobs) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String identifier = Decode.identifierOrNull(record.value());
            if (rules.bothTopicsCarryStartsAndStops()) {
                handleStartOrStop(record, identifier, StartOrigin.POOL, jobs);
            } else if (tookStart(record, identifier, pool, jobs)) {
                return;
            }
        }
    }

    /** Current: a pl72 on the pool is committed and handled, and the pool left at once; false for anything else. */
    private boolean tookStart(
            ConsumerRecord<byte[], byte[]> record, String identifier, PoolListener pool, JobControl jobs) {
        if (!"pl72".equals(identifier)) {
            LOG.log(Level.INFO, "Skipping a message on the job pool that is not a pl72 ({0})", identifier);
            return false;
        }
        var start = Decode.startOrNull(record.value());
        if (start == null) {
            return false;
        }
        warnIfOld(record);
        JobTimeline phases = JobTimeline.begin(record.timestamp());
        pool.commit();
        phases.mark("commit the pool offset");
        jobs.onStart(record.value(), start, StartOrigin.POOL, phases);
        pool.leave();
        jobs.phaseDone("leave the pool");
        return true;
    }

    private void handleCommands(Iterable<ConsumerRecord<byte[], byte[]>> records, JobControl jobs) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String identifier = Decode.identifierOrNull(record.value());
            LOG.log(Level.TRACE, "Command topic {0}: {1} at offset {2}", record.topic(), identifier, record.offset());
            if (rules.bothTopicsCarryStartsAndStops()) {
                handleStartOrStop(record, identifier, StartOrigin.COMMAND_TOPIC, jobs);
            } else if (jobs.writing() && "6s4t".equals(identifier)) {
                // The current writer acts on stops only, and only while writing.
                jobs.onStop(Decode.stopOrNull(record.value()));
            }
        }
    }

    /** 2022: a pl72 or 6s4t from either topic. */
    private void handleStartOrStop(
            ConsumerRecord<byte[], byte[]> record, String identifier, StartOrigin origin, JobControl jobs) {
        if ("pl72".equals(identifier)) {
            warnIfOld(record);
            jobs.onStart(
                    record.value(), Decode.startOrNull(record.value()), origin, JobTimeline.begin(record.timestamp()));
        } else if ("6s4t".equals(identifier)) {
            jobs.onStop(Decode.stopOrNull(record.value()));
        } else {
            LOG.log(Level.DEBUG, "Ignoring a {0} message on {1}", identifier, record.topic());
        }
    }

    private void warnIfOld(ConsumerRecord<byte[], byte[]> record) {
        long age = System.currentTimeMillis() - record.timestamp();
        if (age > rules.oldStartAge().toMillis()) {
            LOG.log(Level.WARNING, "The start command on {0} is {1} ms old", record.topic(), age);
        }
    }
}
