package lib.control;

/** A {@code wrdn}: a writer closed a job's file, with or without error; {@code metadata} is the raw text. */
record FinishedSeen(
        String serviceId, String jobId, boolean errorEncountered, String fileName, String metadata, String message)
        implements ControlEvent {

    @Override
    public String describe() {
        return "wrdn service=" + serviceId + " job=" + jobId + (errorEncountered ? " ERROR" : " ok") + " file="
                + fileName + (message.isEmpty() ? "" : " \"" + message + "\"");
    }
}
