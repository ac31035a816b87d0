/**
 * The job-pool control client: the Java counterpart of ESS file-writer-control.
 *
 * <p>A {@link lib.control.WorkerPool} sends {@link lib.control.WriteJob}s to the writers' job-pool topic and stops
 * to their command (or control) topic, and keeps three registries from what the writers publish: workers
 * ({@link lib.control.WorkerState}), jobs ({@link lib.control.JobState}) and commands
 * ({@link lib.control.CommandState}). Conditions wait on them with deadlines ({@link lib.waits.Waits}); a timeout
 * names what was awaited and lists the last messages received on each topic.
 *
 * <pre>{@code
 * try (WorkerPool pool = WorkerPool.open("localhost:9092", WorkerPoolSettings.of("jobs", "commands"))) {
 *     pool.waitIdle(1, Duration.ofSeconds(20));
 *     WriteJob job = WriteJob.of("run.nxs", structureJson, Instant.now())
 *             .with(pl72 -> pl72.controlTopic("commands"));
 *     JobHandle handle = pool.start(job, Duration.ofSeconds(20));
 *     pool.stopNow(job, "").awaitSuccess(Duration.ofSeconds(10));
 *     handle.awaitDone(Duration.ofSeconds(30));
 * }
 * }</pre>
 */
package lib.control;
