package lib.control;

/** A {@code pl72} read back from a topic (a HEAD writer echoes every start it takes). */
record StartSeen(String jobId, String fileName, String serviceId, String controlTopic) implements ControlEvent {

    @Override
    public String describe() {
        return "pl72 service=" + serviceId + " job=" + jobId + " file=" + fileName + " control_topic=" + controlTopic;
    }
}
