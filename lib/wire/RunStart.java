package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;

/**
 * pl72: the command that starts a write job. Times have millisecond precision on the wire; a null
 * {@code startTime} means "now" and a null {@code stopTime} means "no stop time" (both 0 on the wire).
 * Null strings are written as "" (every string is always present). {@code detectorSpectrumMap} is null when absent.
 */
public record RunStart(
        Instant startTime,
        Instant stopTime,
        String runName,
        String instrumentName,
        String nexusStructure,
        String jobId,
        String broker,
        String serviceId,
        String filename,
        long nPeriods,
        SpectraDetectorMapping detectorSpectrumMap,
        String metadata,
        String controlTopic)
        implements ControlMessage {

    public static final String IDENTIFIER = "pl72";

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("RunStart")
                    .scalars(Long.BYTES, "start_time", "stop_time")
                    .strings(
                            "run_name",
                            "instrument_name",
                            "nexus_structure",
                            "job_id",
                            "broker",
                            "service_id",
                            "filename")
                    .scalar("n_periods", Integer.BYTES)
                    .table("detector_spectrum_map", SpectraDetectorMapping.LAYOUT)
                    .strings("metadata", "control_topic"));

    /** A builder with the schema's defaults: every string "", no times, one period. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this message, to derive a variant of it. */
    public Builder toBuilder() {
        return new Builder()
                .start(startTime)
                .stop(stopTime)
                .runName(runName)
                .instrumentName(instrumentName)
                .structure(nexusStructure)
                .jobId(jobId)
                .broker(broker)
                .serviceId(serviceId)
                .filename(filename)
                .nPeriods(nPeriods)
                .detectorSpectrumMap(detectorSpectrumMap)
                .metadata(metadata)
                .controlTopic(controlTopic);
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int runNameOffset = out.string(runName);
        int instrumentNameOffset = out.string(instrumentName);
        int nexusStructureOffset = out.string(nexusStructure);
        int jobIdOffset = out.string(jobId);
        int brokerOffset = out.string(broker);
        int serviceIdOffset = out.string(serviceId);
        int filenameOffset = out.string(filename);
        int mapOffset = detectorSpectrumMap == null ? 0 : detectorSpectrumMap.write(out);
        int metadataOffset = out.string(metadata);
        int controlTopicOffset = out.string(controlTopic);
        // Not createRunStart: with forced defaults it would write an absent table as a bogus offset 0.
        var builder = out.builder;
        lib.wire.generated.pl72.RunStart.startRunStart(builder);
        lib.wire.generated.pl72.RunStart.addStartTime(builder, Times.toMillis(startTime));
        lib.wire.generated.pl72.RunStart.addStopTime(builder, Times.toMillis(stopTime));
        lib.wire.generated.pl72.RunStart.addRunName(builder, runNameOffset);
        lib.wire.generated.pl72.RunStart.addInstrumentName(builder, instrumentNameOffset);
        lib.wire.generated.pl72.RunStart.addNexusStructure(builder, nexusStructureOffset);
        lib.wire.generated.pl72.RunStart.addJobId(builder, jobIdOffset);
        lib.wire.generated.pl72.RunStart.addBroker(builder, brokerOffset);
        lib.wire.generated.pl72.RunStart.addServiceId(builder, serviceIdOffset);
        lib.wire.generated.pl72.RunStart.addFilename(builder, filenameOffset);
        lib.wire.generated.pl72.RunStart.addNPeriods(builder, nPeriods);
        if (mapOffset != 0) {
            lib.wire.generated.pl72.RunStart.addDetectorSpectrumMap(builder, mapOffset);
        }
        lib.wire.generated.pl72.RunStart.addMetadata(builder, metadataOffset);
        lib.wire.generated.pl72.RunStart.addControlTopic(builder, controlTopicOffset);
        int root = lib.wire.generated.pl72.RunStart.endRunStart(builder);
        return out.finish(root, IDENTIFIER);
    }

    /** Reads a pl72 (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static RunStart parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(lib.wire.generated.pl72.RunStart.getRootAsRunStart(buffer)));
    }

    private static RunStart read(lib.wire.generated.pl72.RunStart table) {
        return new RunStart(
                Times.fromMillis(table.startTime()),
                Times.fromMillis(table.stopTime()),
                text(table.runName()),
                text(table.instrumentName()),
                text(table.nexusStructure()),
                text(table.jobId()),
                text(table.broker()),
                text(table.serviceId()),
                text(table.filename()),
                table.nPeriods(),
                SpectraDetectorMapping.read(table.detectorSpectrumMap()),
                text(table.metadata()),
                text(table.controlTopic()));
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }

    /** Builds a {@link RunStart}; unset strings are "", unset times are none (0 on the wire). */
    public static final class Builder {
        private Instant startTime;
        private Instant stopTime;
        private String runName = "";
        private String instrumentName = "";
        private String nexusStructure = "";
        private String jobId = "";
        private String broker = "";
        private String serviceId = "";
        private String filename = "";
        private long nPeriods = 1;
        private SpectraDetectorMapping detectorSpectrumMap;
        private String metadata = "";
        private String controlTopic = "";

        private Builder() {}

        /** Start time (ms precision); null = "now", the writer's clock when it handles the command. */
        public Builder start(Instant time) {
            startTime = time;
            return this;
        }

        /** Stop time (ms precision); null = no stop time. */
        public Builder stop(Instant time) {
            stopTime = time;
            return this;
        }

        public Builder runName(String name) {
            runName = name;
            return this;
        }

        public Builder instrumentName(String name) {
            instrumentName = name;
            return this;
        }

        /** The NeXus structure JSON text. */
        public Builder structure(String json) {
            nexusStructure = json;
            return this;
        }

        public Builder jobId(String id) {
            jobId = id;
            return this;
        }

        public Builder broker(String hostAndPort) {
            broker = hostAndPort;
            return this;
        }

        public Builder serviceId(String id) {
            serviceId = id;
            return this;
        }

        public Builder filename(String name) {
            filename = name;
            return this;
        }

        public Builder nPeriods(long periods) {
            nPeriods = periods;
            return this;
        }

        public Builder detectorSpectrumMap(SpectraDetectorMapping mapping) {
            detectorSpectrumMap = mapping;
            return this;
        }

        /** The metadata JSON text. */
        public Builder metadata(String json) {
            metadata = json;
            return this;
        }

        public Builder controlTopic(String topic) {
            controlTopic = topic;
            return this;
        }

        public RunStart build() {
            return new RunStart(
                    startTime,
                    stopTime,
                    runName,
                    instrumentName,
                    nexusStructure,
                    jobId,
                    broker,
                    serviceId,
                    filename,
                    nPeriods,
                    detectorSpectrumMap,
                    metadata,
                    controlTopic);
        }
    }
}
