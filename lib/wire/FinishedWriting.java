package lib.wire;

/** wrdn: published when a job ends, successfully or not. Strings are never null. */
public record FinishedWriting(
        String serviceId,
        String jobId,
        boolean errorEncountered,
        String fileName,
        String metadata,
        String message) implements ControlMessage {

    public static final String IDENTIFIER = "wrdn";

    static final Schema SCHEMA = new Schema(IDENTIFIER, TableLayout.table("FinishedWriting")
            .requiredString("service_id")
            .requiredString("job_id")
            .scalar("error_encountered", Byte.BYTES)
            .requiredString("file_name")
            .string("metadata")
            .string("message"));

    public FinishedWriting {
        serviceId = Vectors.text(serviceId);
        jobId = Vectors.text(jobId);
        fileName = Vectors.text(fileName);
        metadata = Vectors.text(metadata);
        message = Vectors.text(message);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated.wrdn.FinishedWriting.createFinishedWriting(out.builder, out.string(serviceId),
                out.string(jobId), errorEncountered, out.string(fileName), out.string(metadata), out.string(message));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads a wrdn; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static FinishedWriting parse(byte[] bytes) {
        var table = lib.wire.generated.wrdn.FinishedWriting.getRootAsFinishedWriting(SCHEMA.verify(bytes));
        return new FinishedWriting(table.serviceId(), table.jobId(), table.errorEncountered(), table.fileName(),
                table.metadata(), table.message());
    }
}
