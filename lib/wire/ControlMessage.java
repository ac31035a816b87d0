package lib.wire;

/** The messages of the control protocol: commands, replies, status and completion. */
public sealed interface ControlMessage extends Message
        permits RunStart, RunStop, Status, ActionResponse, FinishedWriting {}
