package lib.wire;

/** Any message of the protocol; {@link Messages#parse} turns bytes into one by its file identifier. */
public sealed interface Message permits ControlMessage, DataMessage, JsonData {

    /** The 4-character file identifier, e.g. {@code "pl72"}. */
    String identifier();

    /** The serialised flatbuffer, finished with {@link #identifier()}. */
    byte[] toBytes();
}
