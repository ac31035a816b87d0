package lib.control;

/** A {@code 6s4t} read back from a topic: this or another controller asked a writer to stop. */
record StopSeen(String jobId, String commandId, String serviceId, long stopTimeMs) implements ControlEvent {

    @Override
    public String describe() {
        return "6s4t service=" + serviceId + " job=" + jobId + " command=" + commandId + " stop_time="
                + (stopTimeMs == 0 ? "now" : String.valueOf(stopTimeMs));
    }
}
