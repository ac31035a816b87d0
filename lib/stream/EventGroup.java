package lib.stream;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * The events of one NXevent_data group, read whole: pulse times (ns, {@code event_time_zero}), the index of each
 * pulse's first event ({@code event_index}), and per event its detector id ({@code event_id}) and time of flight
 * (ns, {@code event_time_offset}). Times in other units are converted by their {@code units} attribute. The source
 * name is the group's {@code source} attribute (the writer puts it there), else the group's name.
 */
public record EventGroup(
        String path,
        String sourceName,
        long[] pulseTimesNs,
        long[] firstEvents,
        int[] detectorIds,
        int[] timesOfFlightNs) {

    static EventGroup read(Group group) {
        String path = group.getPath();
        long[] pulseTimes = NumericArrays.toLongs(
                data(group, "event_time_zero"), nanosPer(group, "event_time_zero"), path + "event_time_zero");
        long[] index = NumericArrays.toLongs(data(group, "event_index"), 1, path + "event_index");
        int[] ids = NumericArrays.toInts(data(group, "event_id"), 1, path + "event_id");
        int[] tof = NumericArrays.toInts(
                data(group, "event_time_offset"), nanosPer(group, "event_time_offset"), path + "event_time_offset");
        if (index.length != pulseTimes.length) {
            throw new IllegalArgumentException(path + ": event_index has " + index.length
                    + " entries but event_time_zero " + pulseTimes.length + "; they must match");
        }
        if (ids.length != tof.length) {
            throw new IllegalArgumentException(path + ": event_id has " + ids.length + " entries but event_time_offset "
                    + tof.length + "; they must match");
        }
        return new EventGroup(path, sourceOf(group), pulseTimes, index, ids, tof);
    }

    /** The index of the first event after pulse {@code pulse} (the total for the last pulse). */
    long endOfPulse(int pulse) {
        return pulse + 1 < firstEvents.length ? firstEvents[pulse + 1] : detectorIds.length;
    }

    private static Object data(Group group, String name) {
        Node node = group.getChild(name);
        if (!(node instanceof Dataset dataset)) {
            throw new IllegalArgumentException(
                    group.getPath() + " has no dataset " + name + "; an NXevent_data group needs event_time_zero,"
                            + " event_index, event_id and event_time_offset");
        }
        return dataset.getSize() == 0 ? null : dataset.getData();
    }

    private static double nanosPer(Group group, String name) {
        Attribute units = group.getChild(name).getAttribute("units");
        return TimeUnits.nanosPer(units == null ? null : text(units.getData()), group.getPath() + name);
    }

    private static String sourceOf(Group group) {
        Attribute source = group.getAttribute("source");
        String name = source == null ? "" : text(source.getData());
        return name.isBlank() ? group.getName() : name;
    }

    static String text(Object data) {
        if (data instanceof String[] texts) {
            return texts.length == 0 ? "" : texts[0];
        }
        return String.valueOf(data);
    }
}
