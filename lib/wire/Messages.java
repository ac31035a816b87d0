package lib.wire;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Parses any message of the protocol by its file identifier. */
public final class Messages {

    private static final Map<String, Function<byte[], ? extends Message>> PARSERS = Map.of(
            RunStart.IDENTIFIER, RunStart::parse,
            RunStop.IDENTIFIER, RunStop::parse,
            Status.IDENTIFIER, Status::parse,
            ActionResponse.IDENTIFIER, ActionResponse::parse,
            FinishedWriting.IDENTIFIER, FinishedWriting::parse);

    private Messages() {
    }

    /** The message in {@code bytes}; an unknown identifier or an invalid buffer throws {@link WireFormatException}. */
    public static Message parse(byte[] bytes) {
        String identifier = Identifier.of(bytes);
        Function<byte[], ? extends Message> parser = PARSERS.get(identifier);
        if (parser == null) {
            throw new WireFormatException("unknown file identifier \"" + identifier + "\"; known: "
                    + new TreeSet<>(PARSERS.keySet()));
        }
        return parser.apply(bytes);
    }

    /** Whether {@link #parse} knows the identifier of {@code bytes}. */
    public static boolean isKnown(byte[] bytes) {
        return bytes != null && bytes.length >= 8 && PARSERS.containsKey(Identifier.of(bytes));
    }
}
