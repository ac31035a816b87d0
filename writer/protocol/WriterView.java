package writer.protocol;

/** What command checks need to know about the writer. currentJobId is null while idle. */
public record WriterView(String ownServiceId, String currentJobId) {
    public boolean writing() {
        return currentJobId != null;
    }
}
