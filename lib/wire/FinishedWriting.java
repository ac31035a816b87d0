package lib.wire;

import static lib.wire.Vectors.text;

/** wrdn: published when a job ends, successfully or not. */
public record FinishedWriting(
        String serviceId, String jobId, boolean errorEncountered, String fileName, String metadata, String message)
        implements ControlMessage {

    public static final String IDENTIFIER = "wrdn";

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("FinishedWriting")
                    .requiredString("service_id")
                    .requiredString("job_id")
                    .scalar("error_encountered", Byte.BYTES)
                    .requiredString("file_name")
                    .strings("metadata", "message"));

    /** Reads a wrdn (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static FinishedWriting parse(byte[] bytes) {
        return SCHEMA.read(
                bytes, buffer -> read(lib.wire.generated.wrdn.FinishedWriting.getRootAsFinishedWriting(buffer)));
    }

    private static FinishedWriting read(lib.wire.generated.wrdn.FinishedWriting table) {
        return new FinishedWriting(
                text(table.serviceId()),
                text(table.jobId()),
                table.errorEncountered(),
                text(table.fileName()),
                text(table.metadata()),
                text(table.message()));
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated.wrdn.FinishedWriting.createFinishedWriting(
                out.builder,
                out.string(serviceId),
                out.string(jobId),
                errorEncountered,
                out.string(fileName),
                out.string(metadata),
                out.string(message));
        return out.finish(root, IDENTIFIER);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
