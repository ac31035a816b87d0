package lib.wire;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Parses any message of the protocol by its file identifier. */
public final class Messages {

    private static final Map<String, Function<byte[], ? extends Message>> PARSERS = Map.ofEntries(
            Map.entry(RunStart.IDENTIFIER, RunStart::parse),
            Map.entry(RunStop.IDENTIFIER, RunStop::parse),
            Map.entry(Status.IDENTIFIER, Status::parse),
            Map.entry(ActionResponse.IDENTIFIER, ActionResponse::parse),
            Map.entry(FinishedWriting.IDENTIFIER, FinishedWriting::parse),
            Map.entry(LogData.F142, LogData::parseF142),
            Map.entry(LogData.F144, LogData::parseF144),
            Map.entry(EventData.EV42, EventData::parseEv42),
            Map.entry(EventData.EV44, EventData::parseEv44),
            Map.entry(EpicsConnection.EP00, EpicsConnection::parse),
            Map.entry(EpicsConnection.EP01, EpicsConnection::parse),
            Map.entry(Alarm.IDENTIFIER, Alarm::parse),
            Map.entry(Histogram.IDENTIFIER, Histogram::parse),
            Map.entry(SampleEnvironment.SENV, SampleEnvironment::parse),
            Map.entry(SampleEnvironment.SE00, SampleEnvironment::parse),
            Map.entry(ChopperTimestamps.IDENTIFIER, ChopperTimestamps::parse),
            Map.entry(AreaDetectorArray.ADAR, AreaDetectorArray::parse),
            Map.entry(AreaDetectorArray.AD00, AreaDetectorArray::parse),
            Map.entry(JsonData.IDENTIFIER, JsonData::parse),
            Map.entry(DataArray.IDENTIFIER, DataArray::parse));

    private Messages() {}

    /** The message in {@code bytes}; an unknown identifier or an invalid buffer throws {@link WireFormatException}. */
    public static Message parse(byte[] bytes) {
        String identifier = Identifier.of(bytes);
        Function<byte[], ? extends Message> parser = PARSERS.get(identifier);
        if (parser == null) {
            throw new WireFormatException(
                    "unknown file identifier \"" + identifier + "\"; known: " + new TreeSet<>(PARSERS.keySet()));
        }
        return parser.apply(bytes);
    }

    /** Whether {@link #parse} knows the identifier of {@code bytes}. */
    public static boolean isKnown(byte[] bytes) {
        return bytes != null && bytes.length >= 8 && PARSERS.containsKey(Identifier.of(bytes));
    }
}
