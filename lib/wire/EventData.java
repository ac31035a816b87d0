package lib.wire;

import static lib.wire.Vectors.text;

import java.util.List;
import lib.wire.generated.ev42.EventMessage;
import lib.wire.generated.ev44.Event44Message;

/**
 * Neutron events: ev44, or the deprecated ev42, in one shape. An ev44 holds several pulses: pulse i starts at
 * {@code referenceTime[i]} (ns) and its events start at index {@code referenceTimeIndex[i]}; an ev42 is one
 * pulse ({@code referenceTime = {pulse_time}}, {@code referenceTimeIndex = {0}}) whose detector ids are the
 * {@code pixelId}s. ev42's unsigned vectors and message id keep their raw bits. {@code facilityData} exists
 * only in ev42 (null when absent). Arrays are shared, not copied: treat them as read-only; null arrays are
 * empty ones. The message time is {@code referenceTime[0]}.
 */
public record EventData(
        String identifier,
        String sourceName,
        long messageId,
        long[] referenceTime,
        int[] referenceTimeIndex,
        int[] timeOfFlight,
        int[] pixelId,
        FacilityData facilityData)
        implements DataMessage {

    public static final String EV42 = "ev42";
    public static final String EV44 = "ev44";

    static final Schema EV42_SCHEMA = new Schema(
            EV42,
            TableLayout.table("EventMessage")
                    .string("source_name")
                    .scalars(Long.BYTES, "message_id", "pulse_time")
                    .vector("time_of_flight", Integer.BYTES)
                    .vector("detector_id", Integer.BYTES)
                    .union("facility_specific_data", false, List.of(IsisData.LAYOUT, AdcPulseDebug.LAYOUT)));

    static final Schema EV44_SCHEMA = new Schema(
            EV44,
            TableLayout.table("Event44Message")
                    .requiredString("source_name")
                    .scalar("message_id", Long.BYTES)
                    .requiredVector("reference_time", Long.BYTES)
                    .requiredVector("reference_time_index", Integer.BYTES)
                    .vector("time_of_flight", Integer.BYTES)
                    .vector("pixel_id", Integer.BYTES));

    public EventData {
        referenceTime = referenceTime == null ? new long[0] : referenceTime;
        referenceTimeIndex = referenceTimeIndex == null ? new int[0] : referenceTimeIndex;
        timeOfFlight = timeOfFlight == null ? new int[0] : timeOfFlight;
        pixelId = pixelId == null ? new int[0] : pixelId;
        if (EV42.equals(identifier)
                && (referenceTime.length != 1 || referenceTimeIndex.length != 1 || referenceTimeIndex[0] != 0)) {
            throw new IllegalArgumentException("an ev42 holds exactly one pulse (reference time), starting at index 0");
        }
        if (EV44.equals(identifier) && facilityData != null) {
            throw new IllegalArgumentException("ev44 has no facility-specific data; only ev42 has");
        }
        if (!EV42.equals(identifier) && !EV44.equals(identifier)) {
            throw new IllegalArgumentException("EventData is ev42 or ev44, not " + identifier);
        }
    }

    /** An ev44 with several pulses. */
    public static EventData ev44(
            String sourceName,
            long messageId,
            long[] referenceTimeNs,
            int[] referenceTimeIndex,
            int[] timeOfFlight,
            int[] pixelId) {
        return new EventData(
                EV44, sourceName, messageId, referenceTimeNs, referenceTimeIndex, timeOfFlight, pixelId, null);
    }

    /** An ev44 with one pulse at {@code pulseTimeNs}. */
    public static EventData ev44(
            String sourceName, long messageId, long pulseTimeNs, int[] timeOfFlight, int[] pixelId) {
        return ev44(sourceName, messageId, new long[] {pulseTimeNs}, new int[] {0}, timeOfFlight, pixelId);
    }

    /** An ev42: one pulse at {@code pulseTimeNs}; time of flight and detector ids are [uint] (raw bits). */
    public static EventData ev42(
            String sourceName, long messageId, long pulseTimeNs, int[] timeOfFlight, int[] detectorId) {
        return new EventData(
                EV42, sourceName, messageId, new long[] {pulseTimeNs}, new int[] {0}, timeOfFlight, detectorId, null);
    }

    /** The same ev42 with facility-specific data. */
    public EventData withFacilityData(FacilityData data) {
        return new EventData(
                identifier, sourceName, messageId, referenceTime, referenceTimeIndex, timeOfFlight, pixelId, data);
    }

    @Override
    public long messageTimeNs() {
        return referenceTime.length == 0 ? 0 : referenceTime[0];
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int source = out.string(sourceName);
        int timeOfFlightVector = out.ints(timeOfFlight);
        int pixelVector = out.ints(pixelId);
        if (EV42.equals(identifier)) {
            byte facilityType = 0;
            int facility = 0;
            if (facilityData instanceof IsisData isis) {
                facilityType = lib.wire.generated.ev42.FacilityData.ISISData;
                facility = isis.write(out);
            } else if (facilityData instanceof AdcPulseDebug debug) {
                facilityType = lib.wire.generated.ev42.FacilityData.AdcPulseDebug;
                facility = debug.write(out);
            }
            return out.finish(
                    EventMessage.createEventMessage(
                            out.builder,
                            source,
                            messageId,
                            referenceTime[0],
                            timeOfFlightVector,
                            pixelVector,
                            facilityType,
                            facility),
                    EV42);
        }
        int root = Event44Message.createEvent44Message(
                out.builder,
                source,
                messageId,
                out.longs(referenceTime),
                out.ints(referenceTimeIndex),
                timeOfFlightVector,
                pixelVector);
        return out.finish(root, EV44);
    }

    /** Reads an ev44; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static EventData parseEv44(byte[] bytes) {
        return EV44_SCHEMA.read(bytes, buffer -> readEv44(Event44Message.getRootAsEvent44Message(buffer)));
    }

    private static EventData readEv44(Event44Message table) {
        return ev44(
                text(table.sourceName()),
                table.messageId(),
                Vectors.longs(table.referenceTimeAsByteBuffer()),
                Vectors.ints(table.referenceTimeIndexAsByteBuffer()),
                Vectors.ints(table.timeOfFlightAsByteBuffer()),
                Vectors.ints(table.pixelIdAsByteBuffer()));
    }

    /** Reads an ev42; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static EventData parseEv42(byte[] bytes) {
        return EV42_SCHEMA.read(bytes, buffer -> readEv42(EventMessage.getRootAsEventMessage(buffer)));
    }

    private static EventData readEv42(EventMessage table) {
        FacilityData facility =
                switch (table.facilitySpecificDataType()) {
                    case lib.wire.generated.ev42.FacilityData.ISISData -> IsisData.read(
                            (lib.wire.generated.is84.ISISData)
                                    table.facilitySpecificData(new lib.wire.generated.is84.ISISData()));
                    case lib.wire.generated.ev42.FacilityData.AdcPulseDebug -> AdcPulseDebug.read(
                            (lib.wire.generated.dtdb.AdcPulseDebug)
                                    table.facilitySpecificData(new lib.wire.generated.dtdb.AdcPulseDebug()));
                    default -> null;
                };
        return ev42(
                        text(table.sourceName()),
                        table.messageId(),
                        table.pulseTime(),
                        Vectors.ints(table.timeOfFlightAsByteBuffer()),
                        Vectors.ints(table.detectorIdAsByteBuffer()))
                .withFacilityData(facility);
    }

    /** Reads an ev42 or an ev44, by its identifier. */
    public static EventData parse(byte[] bytes) {
        return Identifier.has(bytes, EV42) ? parseEv42(bytes) : parseEv44(bytes);
    }
}
